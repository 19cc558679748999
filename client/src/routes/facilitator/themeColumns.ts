import type { Card, Theme } from '../../../../shared/model.js';

export interface Column {
  /** null for Unsorted. */
  theme: Theme | null;
  cards: Card[];
}

/**
 * The themes board: each theme with its cards in the theme's order, then Unsorted (every card
 * in no theme, oldest first) last.
 */
export function themeColumns(themes: readonly Theme[], cards: readonly Card[]): Column[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const placed = new Set<string>();
  const columns: Column[] = themes.map((theme) => {
    const list: Card[] = [];
    for (const id of theme.cardIds) {
      const card = byId.get(id);
      if (card) {
        list.push(card);
        placed.add(id);
      }
    }
    return { theme, cards: list };
  });
  columns.push({ theme: null, cards: cards.filter((c) => !placed.has(c.id)) });
  return columns;
}

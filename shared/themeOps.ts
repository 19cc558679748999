import type { Card, PublicState, Theme } from './model.js';

/**
 * Moves cards between themes, keeping `card.themeId` and `theme.cardIds` in step.
 * Copies only what changes.
 */
export function assignCards(
  state: PublicState,
  moves: Record<string, string | null>,
  pin?: boolean,
): Pick<PublicState, 'cards' | 'themes'> {
  const touched = new Set<string>();
  const cards = state.cards.map((card): Card => {
    if (!(card.id in moves)) return card;
    const themeId = moves[card.id] ?? null;
    if (card.themeId) touched.add(card.themeId);
    if (themeId) touched.add(themeId);
    return { ...card, themeId, pinned: pin ?? card.pinned };
  });
  const themes = state.themes.map((theme): Theme => {
    if (!touched.has(theme.id)) return theme;
    const kept = theme.cardIds.filter((id) => !(id in moves));
    const added = Object.keys(moves).filter(
      (id) => moves[id] === theme.id && state.cards.some((c) => c.id === id),
    );
    return { ...theme, cardIds: [...kept, ...added] };
  });
  return { cards, themes };
}

export function updateTheme(themes: Theme[], id: string, change: Partial<Theme>): Theme[] {
  return themes.map((t) => (t.id === id ? { ...t, ...change } : t));
}

/** A theme the algorithm must leave alone. */
export function isFrozen(theme: Theme): boolean {
  return theme.locked || theme.manual;
}

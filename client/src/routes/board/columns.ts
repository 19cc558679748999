import type { Card, PublicState } from '../../../../shared/model.js';

export interface ColumnSpec {
  id: string;
  name: string;
  cards: Card[];
  color?: string;
  /** The theme's id, when the column is a theme (for its votes). */
  themeId?: string;
}

/**
 * How the board groups the cards it may show: by theme once themes hold cards (with "Unsorted"
 * last, only when something is unsorted), otherwise by group (with the facilitator's room-wide
 * cards last). Pure, so it is tested without a browser.
 */
export function boardColumns(
  state: PublicState,
  unsortedName: string,
  roomName: string,
): ColumnSpec[] {
  const byId = new Map(state.cards.map((c) => [c.id, c]));
  // Themes only once they hold a card: empty starting headings would leave everything in one
  // tall Unsorted column.
  const themed = state.themes.some((t) => t.cardIds.some((id) => byId.has(id)));
  if (themed) {
    const placed = new Set<string>();
    const columns: ColumnSpec[] = state.themes.map((theme) => {
      const cards = theme.cardIds.flatMap((id) => {
        const card = byId.get(id);
        if (!card) return [];
        placed.add(id);
        return [card];
      });
      return { id: theme.id, name: theme.label, cards, themeId: theme.id };
    });
    const unsorted = state.cards.filter((c) => !placed.has(c.id));
    if (unsorted.length > 0) columns.push({ id: 'unsorted', name: unsortedName, cards: unsorted });
    return columns;
  }
  const columns: ColumnSpec[] = state.groups.map((g) => ({
    id: g.id,
    name: g.name,
    color: g.color,
    cards: state.cards.filter((c) => c.groupId === g.id),
  }));
  const room = state.cards.filter((c) => c.groupId === null);
  if (room.length > 0) columns.push({ id: 'room', name: roomName, cards: room });
  return columns;
}

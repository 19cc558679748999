import type { Card, Theme } from '../../../../shared/model.js';
import type { ThemeSuggestion } from '../../../../shared/protocol.js';

export interface PreviewTheme {
  id: string;
  label: string;
  isNew: boolean;
  /** The board's label when the suggestion renames a theme it keeps. */
  previousLabel: string | null;
  cards: Card[];
  /** Cards that would come into this theme from elsewhere. */
  incoming: number;
}

/** What the preview shows for each suggested theme, read against the board as it is now. */
export function previewThemes(
  suggestion: ThemeSuggestion,
  board: readonly Theme[],
  cards: readonly Card[],
): PreviewTheme[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const boardById = new Map(board.map((t) => [t.id, t]));
  return suggestion.themes.map((s) => {
    const before = boardById.get(s.id);
    const list = s.cardIds.map((id) => byId.get(id)).filter((c): c is Card => !!c);
    return {
      id: s.id,
      label: s.label,
      isNew: s.isNew,
      previousLabel: before && before.label !== s.label ? before.label : null,
      cards: list,
      incoming: list.filter((c) => c.themeId !== s.id).length,
    };
  });
}

/** The payload of `themes:apply` for the ticked themes, with labels the facilitator may have edited. */
export function pickThemes(
  suggestion: ThemeSuggestion,
  ticked: ReadonlySet<string>,
  labels: Readonly<Record<string, string>> = {},
): { suggestionId: string; themes: { id: string; label: string; cardIds: string[] }[] } {
  return {
    suggestionId: suggestion.suggestionId,
    themes: suggestion.themes
      .filter((t) => ticked.has(t.id))
      .map((t) => ({ id: t.id, label: labels[t.id]?.trim() || t.label, cardIds: t.cardIds })),
  };
}

/** The cards the theme engine looks at: everything participants wrote, and findings from anyone. */
export function clusterableCards(cards: readonly Card[]): Card[] {
  return cards.filter((c) => c.kind === 'finding' || c.authorId !== null);
}

import type { StoredEvent } from './events.js';
import type { PublicState } from './model.js';
import { assignCards, updateTheme } from './themeOps.js';

/** The theme events' part of `evolve`; undefined for events that are not about themes. */
export function evolveThemes(
  state: PublicState,
  next: PublicState,
  event: StoredEvent,
): PublicState | undefined {
  switch (event.type) {
    case 'card.moved':
      return { ...next, ...assignCards(state, { [event.cardId]: event.themeId }, true) };
    case 'theme.created': {
      const withTheme = { ...state, themes: [...state.themes, { ...event.theme, cardIds: [] }] };
      const moves = Object.fromEntries(event.theme.cardIds.map((id) => [id, event.theme.id]));
      return { ...next, ...assignCards(withTheme, moves, true) };
    }
    case 'theme.renamed':
      next.themes = updateTheme(state.themes, event.themeId, { label: event.label, manual: true });
      return next;
    case 'theme.locked':
      next.themes = updateTheme(state.themes, event.themeId, { locked: event.locked });
      return next;
    case 'theme.deleted': {
      const theme = state.themes.find((t) => t.id === event.themeId);
      const moves = Object.fromEntries((theme?.cardIds ?? []).map((id) => [id, null]));
      const moved = assignCards(state, moves, false);
      return {
        ...next,
        cards: moved.cards,
        themes: moved.themes.filter((t) => t.id !== event.themeId),
      };
    }
    case 'themes.merged': {
      const sourceIds = new Set(event.themeIds.filter((id) => id !== event.intoId));
      const moves: Record<string, string> = {};
      for (const t of state.themes)
        if (sourceIds.has(t.id)) for (const id of t.cardIds) moves[id] = event.intoId;
      const moved = assignCards(state, moves);
      const themes = updateTheme(moved.themes, event.intoId, { label: event.label, manual: true });
      return { ...next, cards: moved.cards, themes: themes.filter((t) => !sourceIds.has(t.id)) };
    }
    case 'theme.split': {
      const index = state.themes.findIndex((t) => t.id === event.themeId);
      const themes = [...state.themes];
      themes.splice(index + 1, 0, { ...event.newTheme, cardIds: [] });
      const withTheme = { ...state, themes: updateTheme(themes, event.themeId, { manual: true }) };
      const moves = Object.fromEntries(event.newTheme.cardIds.map((id) => [id, event.newTheme.id]));
      return { ...next, ...assignCards(withTheme, moves) };
    }
    case 'suggestion.applied': {
      const existing = new Map(state.themes.map((t) => [t.id, t]));
      const created = event.themes.filter((t) => !existing.has(t.id));
      const withThemes = {
        ...state,
        themes: [
          ...state.themes.map((t) => {
            const label = event.themes.find((s) => s.id === t.id)?.label;
            return label === undefined ? t : { ...t, label };
          }),
          ...created.map((t) => ({ ...t, cardIds: [], locked: false, manual: false })),
        ],
      };
      next.lastSuggestion = {
        id: event.suggestionId,
        createdThemeIds: created.map((t) => t.id),
        previousThemes: event.themes
          .filter((t) => existing.has(t.id))
          .map((t) => ({ id: t.id, label: existing.get(t.id)!.label })),
        previousCardThemes: Object.fromEntries(
          Object.keys(event.cardThemes).map((id) => [
            id,
            state.cards.find((c) => c.id === id)?.themeId ?? null,
          ]),
        ),
      };
      return { ...next, ...assignCards(withThemes, event.cardThemes) };
    }
    case 'suggestion.undone': {
      const undo = state.lastSuggestion;
      if (!undo || undo.id !== event.suggestionId) return next;
      // Cards the facilitator pinned since stay where the facilitator put them.
      const moves: Record<string, string | null> = {};
      for (const [id, themeId] of Object.entries(undo.previousCardThemes)) {
        if (!state.cards.find((c) => c.id === id)?.pinned) moves[id] = themeId;
      }
      // Themes the suggestion made go again, unless the facilitator has made them their own.
      const dropped = new Set(
        state.themes
          .filter((t) => undo.createdThemeIds.includes(t.id) && !t.manual)
          .map((t) => t.id),
      );
      for (const t of state.themes)
        if (dropped.has(t.id)) for (const id of t.cardIds) moves[id] ??= null;
      const moved = assignCards(state, moves);
      let themes = moved.themes.filter((t) => !dropped.has(t.id));
      for (const previous of undo.previousThemes) {
        const now = themes.find((t) => t.id === previous.id);
        if (now && !now.manual)
          themes = updateTheme(themes, previous.id, { label: previous.label });
      }
      return { ...next, cards: moved.cards, themes, lastSuggestion: null };
    }
    default:
      return undefined;
  }
}

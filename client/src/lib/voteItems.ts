import type { PublicState } from '../../../shared/model.js';
import type { ResultItem } from '../components/ResultsList.js';

/** What a vote can go to right now, in board order: themes, or the visible cards. */
export function voteItems(state: PublicState): ResultItem[] {
  const target = state.voting?.target ?? 'themes';
  if (target === 'themes') {
    return state.themes.map((theme) => ({ id: theme.id, label: theme.label }));
  }
  const groups = new Map(state.groups.map((g) => [g.id, g]));
  return state.cards
    .filter((c) => !c.hidden)
    .map((card) => {
      const group = card.groupId ? groups.get(card.groupId) : undefined;
      const detail = [group?.name, card.country].filter(Boolean).join(' · ');
      return {
        id: card.id,
        label: card.text,
        ...(detail ? { detail } : {}),
        ...(group ? { color: group.color } : {}),
      };
    });
}

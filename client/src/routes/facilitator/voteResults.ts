import type { PublicState } from '../../../../shared/model.js';

export interface RankedItem {
  id: string;
  label: string;
  votes: number;
  /** 1-based; equal votes share a rank. */
  rank: number;
}

/** Votes per theme or card, most first; ties keep board order. Items without votes are listed too. */
export function rankVotes(
  state: Pick<PublicState, 'voting' | 'votes' | 'themes' | 'cards'>,
): RankedItem[] {
  const target = state.voting?.target ?? 'themes';
  const items =
    target === 'themes'
      ? state.themes.map((t) => ({ id: t.id, label: t.label }))
      : state.cards.filter((c) => !c.hidden).map((c) => ({ id: c.id, label: c.text }));
  const counts = new Map<string, number>();
  for (const v of state.votes) counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
  const sorted = items
    .map((item, order) => ({ ...item, votes: counts.get(item.id) ?? 0, order }))
    .sort((a, b) => b.votes - a.votes || a.order - b.order);
  let rank = 0;
  let last = -1;
  return sorted.map((item, i) => {
    if (item.votes !== last) {
      rank = i + 1;
      last = item.votes;
    }
    return { id: item.id, label: item.label, votes: item.votes, rank };
  });
}

/** How many participants have used at least one vote. */
export function voterCount(votes: PublicState['votes']): number {
  return new Set(votes.map((v) => v.participantId)).size;
}

import type { Vote } from '../../../shared/model.js';

export interface Ranked<T> {
  item: T;
  votes: number;
  /** 1-based; items with the same number of votes share a rank. */
  rank: number;
}

/**
 * Counts votes per item and ranks them, most votes first; ties keep the items' own order
 * (board order), so the ranking does not jump around between screens.
 */
export function rankByVotes<T extends { id: string }>(items: T[], votes: Vote[]): Ranked<T>[] {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
  const sorted = items
    .map((item, index) => ({ item, index, votes: counts.get(item.id) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index);
  let rank = 0;
  let previous = -1;
  return sorted.map((entry, i) => {
    if (entry.votes !== previous) rank = i + 1;
    previous = entry.votes;
    return { item: entry.item, votes: entry.votes, rank };
  });
}

/** How many participants have used at least one vote. */
export function voterCount(votes: Vote[]): number {
  return new Set(votes.map((v) => v.participantId)).size;
}

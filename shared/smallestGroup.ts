import type { Group, Participant } from './model.js';

/** The group with the fewest participants; ties go to the earliest group, so tables fill in order. */
export function smallestGroup(groups: Group[], participants: Participant[]): Group | undefined {
  const counts = new Map<string, number>(groups.map((g) => [g.id, 0]));
  for (const p of participants) counts.set(p.groupId, (counts.get(p.groupId) ?? 0) + 1);
  let best: Group | undefined;
  for (const group of groups) {
    if (!best || counts.get(group.id)! < counts.get(best.id)!) best = group;
  }
  return best;
}

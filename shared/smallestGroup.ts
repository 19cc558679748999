import type { Group, GroupSettings, Participant } from './model.js';

/**
 * J1: the group with the fewest participants, below the cap; ties go to the earliest group, so
 * tables fill in order. With `spreadCountries`, fewest people of the same country comes first.
 */
export function smallestGroup(
  groups: Group[],
  participants: Participant[],
  settings: Pick<GroupSettings, 'cap' | 'spreadCountries'> = { cap: null, spreadCountries: false },
  country: string | null = null,
): Group | undefined {
  const size = new Map<string, number>(groups.map((g) => [g.id, 0]));
  const compatriots = new Map<string, number>(groups.map((g) => [g.id, 0]));
  const sameCountry = (p: Participant) =>
    country !== null && p.country?.toLowerCase() === country.toLowerCase();
  for (const p of participants) {
    size.set(p.groupId, (size.get(p.groupId) ?? 0) + 1);
    if (sameCountry(p)) compatriots.set(p.groupId, (compatriots.get(p.groupId) ?? 0) + 1);
  }
  const score = (g: Group) =>
    (settings.spreadCountries ? compatriots.get(g.id)! * 10_000 : 0) + size.get(g.id)!;
  let best: Group | undefined;
  for (const group of groups) {
    if (settings.cap !== null && size.get(group.id)! >= settings.cap) continue;
    if (!best || score(group) < score(best)) best = group;
  }
  return best;
}

export function groupSize(participants: Participant[], groupId: string): number {
  return participants.filter((p) => p.groupId === groupId).length;
}

import { useShallow } from 'zustand/react/shallow';
import type { Card, Group, Participant } from '../../../shared/model.js';
import { useAppStore, type AppStore } from './appStore.js';
import type { OutboxEntry } from './outboxSlice.js';

// Stable empties, so selectors do not hand React a new array on every call.
const NO_GROUPS: Group[] = [];
const NO_CARDS: Card[] = [];
const NO_PEOPLE: Participant[] = [];

export const selectTitle = (s: AppStore) => s.workshop?.workshop.title ?? null;
export const selectCode = (s: AppStore) => s.workshop?.workshop.code ?? null;
export const selectGroups = (s: AppStore) => s.workshop?.groups ?? NO_GROUPS;
export const selectCards = (s: AppStore) => s.workshop?.cards ?? NO_CARDS;
export const selectParticipants = (s: AppStore) => s.workshop?.participants ?? NO_PEOPLE;

/** The participant's group as the log says now (it can change after the snapshot's `me`). */
export const selectMyGroupId = (s: AppStore): string | null => {
  const me = s.me;
  if (!me) return null;
  return s.workshop?.participants.find((p) => p.id === me.id)?.groupId ?? me.groupId;
};

export function useConnection() {
  return useAppStore(
    useShallow((s) => ({ status: s.status, problem: s.problem, offline: s.offline })),
  );
}

export function useGroup(groupId: string | null): Group | undefined {
  return useAppStore((s) => s.workshop?.groups.find((g) => g.id === groupId));
}

/** Cards of one group (null: the cards posted to the whole room), oldest first. */
export function useGroupCards(groupId: string | null): Card[] {
  return useAppStore(useShallow((s) => selectCards(s).filter((c) => c.groupId === groupId)));
}

export function useGroupMembers(groupId: string): Participant[] {
  return useAppStore(useShallow((s) => selectParticipants(s).filter((p) => p.groupId === groupId)));
}

/** This device's posts that the workshop state does not show yet. */
export function usePendingCards(groupId: string | null): OutboxEntry[] {
  return useAppStore(useShallow((s) => s.outbox.filter((e) => e.groupId === groupId)));
}

import { useShallow } from 'zustand/react/shallow';
import type { Step, Vote } from '../../../shared/model.js';
import { useAppStore, type AppStore } from './appStore.js';

/**
 * Selectors for the running session (agenda, voting, board display), used by the phone and the
 * board. Kept apart from selectors.ts so the screens' additions do not collide there.
 */
const NO_VOTES: Vote[] = [];

export const selectVoting = (s: AppStore) => s.workshop?.voting ?? null;
export const selectVotes = (s: AppStore) => s.workshop?.votes ?? NO_VOTES;

/** The step on now, with its place in the agenda; null in the lobby. */
export function useCurrentStep(): { step: Step; index: number; total: number } | null {
  return useAppStore(
    useShallow((s) => {
      const agenda = s.workshop?.agenda;
      const step = agenda?.steps[agenda.current];
      return step && agenda ? { step, index: agenda.current, total: agenda.steps.length } : null;
    }),
  ) as { step: Step; index: number; total: number } | null;
}

/** A private step not yet revealed: each group sees only its own cards (views.ts, P1). */
export const selectIsPrivate = (s: AppStore): boolean => {
  const agenda = s.workshop?.agenda;
  const step = agenda?.steps[agenda.current];
  return !!step && step.visibility === 'group' && !agenda!.revealed;
};

/** My votes on each target. */
export function useMyVotes(): Map<string, number> {
  const mine = useAppStore(
    useShallow((s) =>
      s.me ? selectVotes(s).filter((v) => v.participantId === s.me!.id) : NO_VOTES,
    ),
  );
  const counts = new Map<string, number>();
  for (const v of mine) counts.set(v.targetId, (counts.get(v.targetId) ?? 0) + 1);
  return counts;
}

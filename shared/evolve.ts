import type { StoredEvent } from './events.js';
import type { PublicState } from './model.js';

/**
 * Applies one event. Pure and total: the server folds the log with it, every client applies
 * broadcasts with it. Arrays are copied, never mutated, so React sees every change.
 */
export function evolve(state: PublicState | null, event: StoredEvent): PublicState {
  if (event.type === 'workshop.created') {
    return {
      seq: event.seq,
      workshop: event.workshop,
      groups: event.groups,
      participants: [],
      cards: [],
      themes: [],
    };
  }
  if (!state) throw new Error(`event ${event.type} before workshop.created`);
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case 'participant.joined':
      next.participants = [...state.participants, event.participant];
      return next;
    case 'card.posted':
      next.cards = [...state.cards, event.card];
      return next;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Folds a whole log; `seq` must run 1, 2, 3 … without gaps. */
export function replay(events: StoredEvent[], from: PublicState | null = null): PublicState | null {
  let state = from;
  for (const event of events) {
    const expected = (state?.seq ?? 0) + 1;
    if (event.seq !== expected)
      throw new Error(`gap in the log: expected seq ${expected}, got ${event.seq}`);
    state = evolve(state, event);
  }
  return state;
}

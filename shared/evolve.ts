import type { StoredEvent } from './events.js';
import type { PublicState, Timer } from './model.js';

export const IDLE_TIMER: Timer = { status: 'idle', endsAt: null, remainingMs: null };
import { evolveSession } from './evolveSession.js';
import { evolveThemes } from './evolveThemes.js';

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
      lastSuggestion: null,
      groupSettings: { mode: 'choose', cap: null, spreadCountries: false },
      agenda: { steps: [], current: -1, revealed: false, timer: IDLE_TIMER },
      voting: null,
      votes: [],
      facilitatorLinks: [{ id: 'main', label: 'Facilitator link', createdAt: event.at }],
      board: { spotlight: null, colorScheme: 'auto' },
    };
  }
  if (!state) throw new Error(`event ${event.type} before workshop.created`);
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case 'participant.joined':
      next.participants = [...state.participants, event.participant];
      return next;
    case 'card.posted': {
      const { card } = event;
      next.cards = [...state.cards, card];
      if (card.themeId) {
        next.themes = state.themes.map((t) =>
          t.id === card.themeId ? { ...t, cardIds: [...t.cardIds, card.id] } : t,
        );
      }
      return next;
    }
    case 'event.withheld':
      return next;
    case 'view.reset':
      return { ...event.state, seq: event.seq };
    default: {
      const applied = evolveThemes(state, next, event) ?? evolveSession(state, next, event);
      if (!applied) throw new Error(`unknown event ${(event as StoredEvent).type}`);
      return applied;
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

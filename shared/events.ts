import type { Card, Group, Participant, Workshop } from './model.js';

/**
 * Facts, in the past tense. Every change to a workshop is one of these, numbered by `seq`.
 * Fields named `...Hash` are secrets: they stay in the server's log and never reach a client.
 */
export type WorkshopEvent =
  | {
      type: 'workshop.created';
      at: string;
      workshop: Workshop;
      groups: Group[];
      facilitatorTokenHash?: string;
    }
  | { type: 'participant.joined'; at: string; participant: Participant; tokenHash?: string }
  | { type: 'card.posted'; at: string; card: Card };

export type WorkshopEventType = WorkshopEvent['type'];

export type StoredEvent = WorkshopEvent & { seq: number };

/** Drops the secrets of an event before it leaves the server. */
export function publicEvent(event: StoredEvent): StoredEvent {
  switch (event.type) {
    case 'workshop.created': {
      const { facilitatorTokenHash: _hash, ...rest } = event;
      return rest;
    }
    case 'participant.joined': {
      const { tokenHash: _hash, ...rest } = event;
      return rest;
    }
    case 'card.posted':
      return event;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

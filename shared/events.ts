import type { Card, Group, Participant, Theme, Workshop } from './model.js';

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
  | { type: 'card.posted'; at: string; card: Card }
  | { type: 'card.moved'; at: string; cardId: string; themeId: string | null }
  | { type: 'theme.created'; at: string; theme: Theme }
  | { type: 'theme.renamed'; at: string; themeId: string; label: string }
  | { type: 'theme.locked'; at: string; themeId: string; locked: boolean }
  | { type: 'theme.deleted'; at: string; themeId: string }
  | { type: 'themes.merged'; at: string; themeIds: string[]; intoId: string; label: string }
  | { type: 'theme.split'; at: string; themeId: string; newTheme: Theme }
  | {
      type: 'suggestion.applied';
      at: string;
      suggestionId: string;
      /** New themes and new labels of existing ones, in board order. */
      themes: { id: string; label: string }[];
      /** Cards that change theme. */
      cardThemes: Record<string, string | null>;
    }
  | { type: 'suggestion.undone'; at: string; suggestionId: string };

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
    default:
      return event;
  }
}

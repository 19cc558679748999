import type { CardKind } from './model.js';

/** Imperative requests; `decide` turns them into events or refuses them. */
export type Command =
  | {
      type: 'workshop.create';
      workshopId: string;
      code: string;
      title: string;
      groupNames: string[];
      facilitatorTokenHash: string;
    }
  | {
      type: 'participant.join';
      name: string;
      groupId?: string;
      tokenHash: string;
    }
  | {
      type: 'card.post';
      id?: string;
      text: string;
      kind?: CardKind;
      groupId?: string;
      country?: string;
    };

export type Actor =
  | { role: 'facilitator' }
  | { role: 'participant'; participantId: string }
  | { role: 'board' }
  /** The server itself, e.g. creating a workshop from the REST API or a template. */
  | { role: 'system' };

/** What decide needs from the world; passed in so decide stays pure. */
export interface DecideContext {
  now: string;
  newId: () => string;
}

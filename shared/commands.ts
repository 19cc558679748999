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
      /** Where live placement put the card; set by the server, never by a client. */
      themeId?: string | null;
    }
  | { type: 'card.move'; cardId: string; themeId: string | null }
  | { type: 'theme.create'; id?: string; label: string; cardIds?: string[] }
  | { type: 'theme.rename'; themeId: string; label: string }
  | { type: 'theme.lock'; themeId: string; locked: boolean }
  | { type: 'theme.delete'; themeId: string }
  | { type: 'theme.merge'; themeIds: string[]; intoId: string; label?: string }
  | { type: 'theme.split'; themeId: string; cardIds: string[]; label: string; id?: string }
  | {
      type: 'themes.apply';
      suggestionId?: string;
      themes: { id: string; label: string; cardIds: string[] }[];
    }
  | { type: 'themes.undo'; suggestionId: string };

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

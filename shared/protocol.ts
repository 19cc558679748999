import type { AckCallback } from './ack.js';
import type { StoredEvent } from './events.js';
import type { Card, PublicState } from './model.js';
import type { CardPost, CommandName, CommandPayload, SyncRequest } from './schemas.js';

/** The participant's own identity, sent only to that participant. */
export interface Me {
  id: string;
  name: string;
  groupId: string;
  participantToken: string;
}

export type Role = 'facilitator' | 'participant' | 'board';

export interface Snapshot extends PublicState {
  role: Role;
  me?: Me;
  /** Server clock (ms since epoch) when the snapshot was made, to correct client clocks. */
  serverTime: number;
}

export type SyncResult = { events: StoredEvent[] } | { snapshot: Snapshot };

/** A preview of themes: nothing changes until the facilitator applies (some of) it. */
export interface ThemeSuggestion {
  suggestionId: string;
  /** `isNew: false` when the theme matches one on the board and keeps its id and position. */
  themes: { id: string; label: string; cardIds: string[]; isNew: boolean }[];
  unsorted: string[];
}

/** What a steering command answers: the seq its events reached. */
export interface Applied {
  seq: number;
}

type Steering<K extends CommandName> = (
  payload: CommandPayload<K>,
  ack: AckCallback<Applied>,
) => void;

export interface ClientToServerEvents {
  'card:post': (payload: CardPost, ack: AckCallback<{ card: Card }>) => void;
  'workshop:sync': (payload: SyncRequest, ack: AckCallback<SyncResult>) => void;
  'card:move': Steering<'card:move'>;
  'theme:create': Steering<'theme:create'>;
  'theme:rename': Steering<'theme:rename'>;
  'theme:lock': Steering<'theme:lock'>;
  'theme:delete': Steering<'theme:delete'>;
  'theme:merge': Steering<'theme:merge'>;
  'theme:split': Steering<'theme:split'>;
  'themes:suggest': (
    payload: CommandPayload<'themes:suggest'>,
    ack: AckCallback<ThemeSuggestion>,
  ) => void;
  'themes:apply': Steering<'themes:apply'>;
  'themes:undo': Steering<'themes:undo'>;
}

export interface ServerToClientEvents {
  'workshop:snapshot': (snapshot: Snapshot) => void;
  'workshop:event': (event: StoredEvent) => void;
}

export interface SocketData {
  workshopId: string;
  role: Role;
  participantId?: string;
}

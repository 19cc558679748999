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
  /** For facilitators: the facilitator link this screen came in with. */
  linkId?: string;
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
  'workshop:update': Steering<'workshop:update'>;
  'groups:configure': Steering<'groups:configure'>;
  'group:add': Steering<'group:add'>;
  'group:rename': Steering<'group:rename'>;
  'participant:move': Steering<'participant:move'>;
  'participant:remove': Steering<'participant:remove'>;
  'card:edit': Steering<'card:edit'>;
  'card:hide': Steering<'card:hide'>;
  'card:delete': Steering<'card:delete'>;
  'agenda:set': Steering<'agenda:set'>;
  'step:goto': Steering<'step:goto'>;
  'step:reveal': Steering<'step:reveal'>;
  'timer:start': Steering<'timer:start'>;
  'timer:pause': Steering<'timer:pause'>;
  'timer:resume': Steering<'timer:resume'>;
  'timer:extend': Steering<'timer:extend'>;
  'voting:open': Steering<'voting:open'>;
  'voting:close': Steering<'voting:close'>;
  'vote:cast': Steering<'vote:cast'>;
  'vote:retract': Steering<'vote:retract'>;
  /** A new facilitator link; its token is shown once, here. */
  'facilitator:createLink': (
    payload: CommandPayload<'facilitator:createLink'>,
    ack: AckCallback<Applied & { linkId: string; token: string }>,
  ) => void;
  'facilitator:revokeLink': Steering<'facilitator:revokeLink'>;
  'board:display': Steering<'board:display'>;
}

/** Said to one screen before the server closes its connection on purpose. */
export interface Notice {
  code: 'REMOVED' | 'REVOKED' | 'SHUTTING_DOWN';
  message: string;
}

export interface ServerToClientEvents {
  'workshop:snapshot': (snapshot: Snapshot) => void;
  'workshop:event': (event: StoredEvent) => void;
  'workshop:notice': (notice: Notice) => void;
}

export interface SocketData {
  workshopId: string;
  role: Role;
  participantId?: string;
  /** The facilitator link this socket came in with, so revoking it can disconnect it. */
  linkId?: string;
}

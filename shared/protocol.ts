import type { AckCallback } from './ack.js';
import type { StoredEvent } from './events.js';
import type { Card, PublicState } from './model.js';
import type { CardPost, SyncRequest } from './schemas.js';

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

export interface ClientToServerEvents {
  'card:post': (payload: CardPost, ack: AckCallback<{ card: Card }>) => void;
  'workshop:sync': (payload: SyncRequest, ack: AckCallback<SyncResult>) => void;
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

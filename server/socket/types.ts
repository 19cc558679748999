import type { Server, Socket } from 'socket.io';
import type { StoredEvent } from '../../shared/events.js';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  SocketData,
} from '../../shared/protocol.js';

/** Between nodes (through the cluster adapter): the events a node appended, in seq order. */
export interface ServerSideEvents {
  'workshop:events': (workshopId: string, events: StoredEvent[]) => void;
}

export type AppServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  ServerSideEvents,
  SocketData
>;
export type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  ServerSideEvents,
  SocketData
>;

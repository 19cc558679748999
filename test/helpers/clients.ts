import { io, type Socket } from 'socket.io-client';
import type { StoredEvent } from '../../shared/events.js';
import { evolve } from '../../shared/evolve.js';
import { stateOf } from '../../shared/stateOf.js';
import type { PublicState } from '../../shared/model.js';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  Snapshot,
} from '../../shared/protocol.js';
import type { HandshakeAuth } from '../../shared/schemas.js';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io-client that keeps its own copy of the state the way the app's client does:
 * snapshot, then every event through `evolve`, checking that `seq` never skips.
 */
export class TestClient {
  readonly socket: TestSocket;
  state: PublicState | null = null;
  snapshot: Snapshot | null = null;
  readonly events: StoredEvent[] = [];
  readonly gaps: string[] = [];
  private waiters: { check: () => boolean; resolve: () => void }[] = [];

  constructor(url: string, auth: HandshakeAuth, options: { autoConnect?: boolean } = {}) {
    this.socket = io(url, {
      auth: auth as Record<string, unknown>,
      transports: ['websocket'],
      reconnection: false,
      autoConnect: options.autoConnect ?? true,
      forceNew: true,
    });
    this.socket.on('workshop:snapshot', (snapshot) => {
      this.snapshot = snapshot;
      this.state = stateOf(snapshot);
      this.notify();
    });
    this.socket.on('workshop:event', (event) => {
      this.events.push(event);
      if (!this.state || event.seq <= this.state.seq) return;
      if (event.seq !== this.state.seq + 1) this.gaps.push(`${this.state.seq} → ${event.seq}`);
      this.state = evolve(this.state, event);
      this.notify();
    });
  }

  /** Resolves once the snapshot has arrived. */
  ready(): Promise<this> {
    return this.until(() => this.state !== null).then(() => this);
  }

  until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('condition not met in time')), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  close(): void {
    this.socket.close();
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => (w.check() ? (w.resolve(), false) : true));
  }
}

export async function connectClient(url: string, auth: HandshakeAuth): Promise<TestClient> {
  return new TestClient(url, auth).ready();
}

/** The error a refused handshake produces. */
export function connectError(
  url: string,
  auth: unknown,
): Promise<Error & { data?: { code: string } }> {
  const socket = io(url, {
    auth: auth as Record<string, unknown>,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.on('connect_error', (error) => (socket.close(), resolve(error)));
    socket.on(
      'connect',
      () => (socket.close(), reject(new Error('connected, expected a refusal'))),
    );
  });
}

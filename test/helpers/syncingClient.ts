import { stateOf } from '../../shared/stateOf.js';
import { io } from 'socket.io-client';
import type { StoredEvent } from '../../shared/events.js';
import { evolve } from '../../shared/evolve.js';
import type { PublicState } from '../../shared/model.js';
import type { Snapshot } from '../../shared/protocol.js';
import type { HandshakeAuth } from '../../shared/schemas.js';
import type { TestSocket } from './clients.js';

/**
 * A socket.io-client that keeps state the way the app's client does (client/src/socket.ts):
 * snapshot, then every event in `seq` order through `evolve`; an event that skips ahead is held
 * and the missing ones are fetched with `workshop:sync` (or a fresh snapshot comes back); every
 * (re)connection brings a snapshot and a sync. Reconnects are manual, so a test decides when.
 *
 * `dropRate` throws away that share of incoming events before the client sees them, as if
 * they were lost on the way: the next event then shows a gap and must be repaired by a sync.
 */
export class SyncingClient {
  readonly socket: TestSocket;
  state: PublicState | null = null;
  me: Snapshot['me'];
  dropRate = 0;
  /** Counters of what happened to this client. */
  readonly stats = { dropped: 0, gaps: 0, syncs: 0, snapshots: 0, applied: 0 };
  private held = new Map<number, StoredEvent>();
  private syncing = false;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];

  constructor(
    url: string,
    private auth: HandshakeAuth,
    private readonly random: () => number = Math.random,
  ) {
    this.socket = io(url, {
      auth: (cb) => cb(this.currentAuth() as Record<string, unknown>),
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.socket.on('workshop:snapshot', (snapshot) => this.onSnapshot(snapshot));
    this.socket.on('workshop:event', (event) => {
      if (this.dropRate && this.random() < this.dropRate) {
        this.stats.dropped++;
        return;
      }
      this.receive([event]);
    });
    // Like the app: after a (re)connection, ask for whatever the snapshot may not cover.
    this.socket.on('connect', () => void this.resync());
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  ready(): Promise<this> {
    return this.until(() => this.state !== null && this.socket.connected).then(() => this);
  }

  disconnect(): void {
    this.socket.disconnect();
  }

  /** Connects again (as the same participant) and resolves once the new snapshot is in. */
  async reconnect(): Promise<void> {
    if (this.socket.connected) return;
    const snapshots = this.stats.snapshots;
    this.socket.connect();
    await this.until(() => this.stats.snapshots > snapshots && this.socket.connected);
  }

  until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('condition not met in time')), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Checks the waiters again (e.g. after something outside the client changed). */
  poke(): void {
    this.notify();
  }

  close(): void {
    this.socket.close();
  }

  private currentAuth(): HandshakeAuth {
    if (this.auth.role !== 'participant' || !this.me) return this.auth;
    return { ...this.auth, participantToken: this.me.participantToken };
  }

  private onSnapshot(snapshot: Snapshot): void {
    this.stats.snapshots++;
    if (snapshot.me) this.me = snapshot.me;
    this.state = stateOf(snapshot);
    this.applyHeld();
    this.notify();
  }

  private receive(events: StoredEvent[]): void {
    if (!this.state) return;
    for (const event of events) {
      if (event.seq <= this.state.seq) continue; // already applied: a duplicate
      this.held.set(event.seq, event);
    }
    this.applyHeld();
    if (this.held.size) {
      this.stats.gaps++;
      void this.resync();
    }
    this.notify();
  }

  /** Applies held events while they continue the state without a hole. */
  private applyHeld(): void {
    if (!this.state) return;
    for (const seq of [...this.held.keys()]) if (seq <= this.state.seq) this.held.delete(seq);
    for (
      let next = this.held.get(this.state.seq + 1);
      next;
      next = this.held.get(this.state.seq + 1)
    ) {
      this.held.delete(next.seq);
      this.state = evolve(this.state, next);
      this.stats.applied++;
    }
  }

  private async resync(): Promise<void> {
    if (this.syncing || !this.socket.connected || !this.state) return;
    this.syncing = true;
    try {
      this.stats.syncs++;
      const reply = await this.socket
        .timeout(5000)
        .emitWithAck('workshop:sync', { since: this.state.seq });
      if (!reply.ok) return;
      if ('snapshot' in reply.data) this.onSnapshot(reply.data.snapshot);
      else this.receive(reply.data.events);
    } catch {
      // Disconnected meanwhile: the next connection brings a snapshot.
    } finally {
      this.syncing = false;
    }
    if (this.held.size) void this.resync();
    this.notify();
  }

  private notify(): void {
    this.waiters = this.waiters.filter((w) => (w.check() ? (w.resolve(), false) : true));
  }
}

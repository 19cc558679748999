import { io, type Socket } from 'socket.io-client';
import type { CardKind } from '../../shared/model.js';
import type { Ack, AckCallback } from '../../shared/ack.js';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  Snapshot,
} from '../../shared/protocol.js';
import type { HandshakeAuth } from '../../shared/schemas.js';
import { isPermanent, problemOf } from './lib/friendlyError.js';
import { newId } from './lib/newId.js';
import { useAppStore } from './store/appStore.js';
import type { OutboxEntry } from './store/outboxSlice.js';
import { loadIdentity, saveIdentity } from './storage/participantIdentity.js';

/**
 * The only module that talks to the server over Socket.IO. It owns the connection, every
 * `on`/`off`, the resync after gaps and reconnects, and the outbox. Components call
 * `openWorkshop`, `postCard`, `retryCard`, `discardCard` and read the store.
 */

type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type WorkshopTarget =
  | { role: 'participant'; code: string; name: string; groupId?: string }
  | { role: 'facilitator'; workshopId: string; token: string }
  | { role: 'board'; code: string };

export interface CardDraft {
  text: string;
  kind: CardKind;
  country?: string;
  /** Facilitators choose a group (or the whole room); participants always post to their own. */
  groupId?: string | null;
}

const ACK_TIMEOUT_MS = 10_000;
const SYNC_TIMEOUT_MS = 10_000;
const MAX_RETRY_DELAY_MS = 30_000;

let socket: AppSocket | null = null;
let target: WorkshopTarget | null = null;
let detachWindow: (() => void) | null = null;
/** Posts on the wire, with the attempt number that sent them (older attempts are ignored). */
const inFlight = new Map<string, number>();
let attempt = 0;
let syncing = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryDelayMs = 1000;
let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
/** We closed the socket because the device went offline; `online` opens it again. */
let pausedOffline = false;

const store = () => useAppStore.getState();

/** Connects to one workshop (closing any other); returns the function that disconnects. */
export function openWorkshop(next: WorkshopTarget): () => void {
  closeWorkshop();
  target = next;
  store().resetWorkshop();
  store().setNotice(null);
  store().loadOutbox(outboxScopeOf(next));
  store().setStatus('connecting');

  const s: AppSocket = io({
    // A function, so every reconnect reads the latest participant token: a phone that joined
    // comes back as the same person instead of joining again.
    auth: (cb) => cb(handshakeAuth()),
    // Our own Manager per workshop, never one cached from an earlier screen.
    forceNew: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
    timeout: 10_000,
  });
  socket = s;

  s.on('connect', onConnect);
  s.on('disconnect', onDisconnect);
  s.on('connect_error', onConnectError);
  s.on('workshop:snapshot', onSnapshot);
  s.on('workshop:notice', (notice) => store().setNotice(notice));
  s.on('workshop:event', (event) => {
    if (store().receiveEvents([event]).gap) void resync();
  });
  detachWindow = watchDevice();

  const opened = s;
  return () => {
    if (socket === opened) closeWorkshop();
  };
}

export function closeWorkshop(): void {
  if (retryTimer) clearTimeout(retryTimer);
  if (reconnectTimer) clearTimeout(reconnectTimer);
  retryTimer = reconnectTimer = null;
  detachWindow?.();
  detachWindow = null;
  if (socket) {
    socket.removeAllListeners();
    socket.disconnect();
  }
  socket = null;
  target = null;
  pausedOffline = false;
  inFlight.clear();
  syncing = false;
  store().setStatus('idle');
}

type CommandName = Exclude<keyof ClientToServerEvents, 'card:post' | 'workshop:sync'>;
type PayloadOf<K extends CommandName> = Parameters<ClientToServerEvents[K]>[0];
type ResultOf<K extends CommandName> =
  Parameters<ClientToServerEvents[K]>[1] extends AckCallback<infer R> ? R : never;

/**
 * Sends a command (steering, agenda, voting, moderation…) and resolves with its ack. Commands
 * are not queued while offline: the facilitator sees the refusal and can try again.
 */
export async function sendCommand<K extends CommandName>(
  name: K,
  payload: PayloadOf<K>,
): Promise<Ack<ResultOf<K>>> {
  if (!socket?.connected) {
    return { ok: false, code: 'INTERNAL', message: 'not connected' };
  }
  try {
    // Bound: emitWithAck reads `this`; called detached it throws and every command failed.
    const timed = socket.timeout(ACK_TIMEOUT_MS);
    const emit = timed.emitWithAck.bind(timed) as (
      event: K,
      payload: PayloadOf<K>,
    ) => Promise<Ack<ResultOf<K>>>;
    return await emit(name, payload);
  } catch {
    return { ok: false, code: 'INTERNAL', message: 'no answer from the server' };
  }
}

/** Puts a card in the outbox (saved on the device first) and sends it when connected. */
export function postCard(draft: CardDraft): string {
  const id = newId();
  const groupId =
    target?.role === 'participant' ? (store().me?.groupId ?? null) : (draft.groupId ?? null);
  store().enqueue({
    id,
    text: draft.text.trim(),
    kind: draft.kind,
    country: draft.country?.trim() || null,
    groupId,
    createdAt: new Date().toISOString(),
    status: 'waiting',
    problem: null,
  });
  flushOutbox();
  return id;
}

export function retryCard(id: string): void {
  store().updateEntry(id, { status: 'waiting', problem: null });
  flushOutbox();
}

export function discardCard(id: string): void {
  store().dropEntry(id);
}

function outboxScopeOf(t: WorkshopTarget): string {
  return t.role === 'facilitator' ? `f:${t.workshopId}` : `${t.role}:${t.code}`;
}

function handshakeAuth(): HandshakeAuth {
  const t = target!;
  if (t.role !== 'participant') return t;
  const saved = loadIdentity(t.code);
  return {
    role: 'participant',
    code: t.code,
    name: saved?.name ?? t.name,
    ...(t.groupId ? { groupId: t.groupId } : {}),
    ...(saved?.participantToken ? { participantToken: saved.participantToken } : {}),
  };
}

function onConnect(): void {
  retryDelayMs = 1000;
  // The server sends a snapshot on every connection; asking for what we missed as well keeps
  // us right if the server ever resumes a session without one (connection state recovery).
  if (store().workshop) void resync();
}

function onSnapshot(snapshot: Snapshot): void {
  store().applySnapshot(snapshot);
  store().setClockOffset(snapshot.serverTime - Date.now());
  if (snapshot.me && target?.role === 'participant') {
    saveIdentity(target.code, {
      name: snapshot.me.name,
      groupId: snapshot.me.groupId,
      participantToken: snapshot.me.participantToken,
    });
  }
  store().setStatus('connected');
  flushOutbox();
}

function onDisconnect(reason: Socket.DisconnectReason): void {
  // Whatever was on the wire may or may not have arrived: send it again (same id) later.
  inFlight.clear();
  for (const e of store().outbox) {
    if (e.status === 'sending') store().updateEntry(e.id, { status: 'waiting' });
  }
  syncing = false;
  if (reason === 'io client disconnect' && !pausedOffline) return;
  // Removed from the session or a revoked facilitator link: coming back would be refused.
  const notice = store().notice;
  if (reason === 'io server disconnect' && notice && notice.code !== 'SHUTTING_DOWN') {
    store().setStatus('refused', notice.code === 'REVOKED' ? 'UNAUTHORIZED' : 'FORBIDDEN');
    return;
  }
  store().setStatus('reconnecting', 'NETWORK');
  // The server closed this socket on purpose (e.g. shutting down); Socket.IO will not retry.
  if (reason === 'io server disconnect') scheduleReconnect();
}

function onConnectError(error: Error & { data?: unknown }): void {
  const problem = problemOf(error.data);
  if (isPermanent(problem)) {
    store().setStatus('refused', problem);
    return;
  }
  store().setStatus(store().workshop ? 'reconnecting' : 'connecting', problem);
  // A refusal by the server's middleware (RATE_LIMITED, INTERNAL) is not retried by
  // Socket.IO; a network error is (socket.active stays true).
  if (!socket?.active) scheduleReconnect();
}

function scheduleReconnect(): void {
  if (reconnectTimer) return;
  const delay = retryDelayMs;
  retryDelayMs = Math.min(retryDelayMs * 2, MAX_RETRY_DELAY_MS);
  reconnectTimer = setTimeout(
    () => {
      reconnectTimer = null;
      socket?.connect();
    },
    delay * (0.75 + Math.random() / 2),
  );
}

/** Asks for the events after our seq (or a fresh snapshot) and applies them in order. */
async function resync(): Promise<void> {
  const s = socket;
  if (!s?.connected || syncing) return;
  syncing = true;
  try {
    const since = store().workshop?.seq ?? 0;
    const reply = await s.timeout(SYNC_TIMEOUT_MS).emitWithAck('workshop:sync', { since });
    if (s !== socket || !reply.ok) return;
    if ('snapshot' in reply.data) {
      store().applySnapshot(reply.data.snapshot);
      return;
    }
    if (store().receiveEvents(reply.data.events).gap) {
      // The log did not fill the hole: take the whole state instead. A `since` beyond the
      // server's seq is answered with a snapshot.
      const fresh = await s
        .timeout(SYNC_TIMEOUT_MS)
        .emitWithAck('workshop:sync', { since: Number.MAX_SAFE_INTEGER });
      if (s === socket && fresh.ok && 'snapshot' in fresh.data)
        store().applySnapshot(fresh.data.snapshot);
    }
  } catch {
    // No answer in time; the next event or reconnect asks again.
  } finally {
    if (s === socket) syncing = false;
  }
}

/** Sends every waiting card, each with its own id, so a repeat is harmless. */
function flushOutbox(): void {
  const s = socket;
  if (!s?.connected || !store().workshop || store().status !== 'connected') return;
  for (const entry of store().outbox) {
    if (entry.status === 'waiting' && !inFlight.has(entry.id)) void send(s, entry);
  }
}

async function send(s: AppSocket, entry: OutboxEntry): Promise<void> {
  const mine = ++attempt;
  inFlight.set(entry.id, mine);
  store().updateEntry(entry.id, { status: 'sending', problem: null });
  const current = () => inFlight.get(entry.id) === mine;
  try {
    const reply = await s.timeout(ACK_TIMEOUT_MS).emitWithAck('card:post', {
      id: entry.id,
      text: entry.text,
      kind: entry.kind,
      ...(entry.country ? { country: entry.country } : {}),
      ...(entry.groupId && target?.role === 'facilitator' ? { groupId: entry.groupId } : {}),
    });
    if (reply.ok) {
      // Durable now; the entry stays (as "sent") until its card.posted event shows the card.
      if (store().outbox.some((e) => e.id === entry.id)) {
        store().updateEntry(entry.id, { status: 'sent', problem: null });
        store().pruneDelivered();
      }
    } else if (current()) {
      if (isPermanent(reply.code)) {
        store().updateEntry(entry.id, { status: 'failed', problem: reply.code });
      } else {
        store().updateEntry(entry.id, { status: 'waiting', problem: reply.code });
        scheduleFlush();
      }
    }
  } catch {
    // No ack in time: the same id goes again, and the server makes one card of it.
    if (current()) {
      store().updateEntry(entry.id, { status: 'waiting', problem: 'NETWORK' });
      scheduleFlush();
    }
  } finally {
    if (current()) inFlight.delete(entry.id);
  }
}

function scheduleFlush(): void {
  if (retryTimer) return;
  const delay = retryDelayMs;
  retryDelayMs = Math.min(retryDelayMs * 2, MAX_RETRY_DELAY_MS);
  retryTimer = setTimeout(() => {
    retryTimer = null;
    flushOutbox();
  }, delay);
}

/** Phones drop Wi-Fi and sleep: reconnect as soon as the device says it can. */
function watchDevice(): () => void {
  const wake = () => {
    store().setOffline(!navigator.onLine);
    if (!navigator.onLine) return;
    pausedOffline = false;
    if (socket && !socket.connected && store().status !== 'refused') socket.connect();
    else flushOutbox();
  };
  // A socket on a vanished network only notices after the ping timeout (tens of seconds), and
  // posts sent into it wait for their ack timeout. Closing it now turns them back into
  // "waiting" at once, and `online` reconnects immediately instead of after a backoff.
  const offline = () => {
    store().setOffline(true);
    if (socket?.connected) {
      pausedOffline = true;
      socket.disconnect();
    }
  };
  const visible = () => {
    if (document.visibilityState === 'visible') wake();
  };
  window.addEventListener('online', wake);
  window.addEventListener('offline', offline);
  document.addEventListener('visibilitychange', visible);
  return () => {
    window.removeEventListener('online', wake);
    window.removeEventListener('offline', offline);
    document.removeEventListener('visibilitychange', visible);
  };
}

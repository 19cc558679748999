import type { Actor, Command } from '../shared/commands.js';
import { decide } from '../shared/decide.js';
import { fail, type Failure } from '../shared/errorCodes.js';
import type { StoredEvent } from '../shared/events.js';
import { evolve, replay } from '../shared/evolve.js';
import { evolveSecrets } from '../shared/evolveSecrets.js';
import type { PublicState, Secrets } from '../shared/model.js';
import type { Template } from '../shared/templates/index.js';
import { hashToken, newId, newJoinCode, newToken } from './secrets.js';
import { CodeTakenError, SeqConflictError, type Store } from './store/Store.js';

/** One workshop held in memory: its folded state, its secrets and a queue of commands. */
export interface LiveWorkshop {
  id: string;
  state: PublicState;
  secrets: Secrets;
  /** Commands run one at a time per workshop: decide → durable append → evolve → broadcast. */
  tail: Promise<unknown>;
}

export type ExecuteResult = { ok: true; events: StoredEvent[]; state: PublicState } | Failure;
/**
 * Called with every event the live state moves through, in seq order. `caughtUp` events were
 * appended by another node (which broadcast them itself); this node only hands them to its own
 * sockets, so they see them before the events this node appends after them.
 */
export type EventsListener = (
  workshop: LiveWorkshop,
  events: StoredEvent[],
  caughtUp: boolean,
  /** The state right after each event, for views that depend on it. */
  states: PublicState[],
) => void;

export interface CreatedWorkshop {
  id: string;
  code: string;
  facilitatorToken: string;
  state: PublicState;
}

export interface WorkshopServiceDeps {
  store: Store;
  now?: () => Date;
}

/**
 * The authoritative core, with no knowledge of Socket.IO or HTTP: it loads workshops from the
 * log, runs commands through `decide`, appends the events, and tells listeners what changed.
 */
export class WorkshopService {
  private readonly store: Store;
  private readonly now: () => Date;
  private readonly live = new Map<string, Promise<LiveWorkshop | null>>();
  private readonly listeners = new Set<EventsListener>();

  constructor(deps: WorkshopServiceDeps) {
    this.store = deps.store;
    this.now = deps.now ?? (() => new Date());
  }

  onEvents(listener: EventsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async create(
    title: string,
    groupNames: string[],
    options: { template?: Template; anonymous?: boolean } = {},
  ): Promise<CreatedWorkshop> {
    const facilitatorToken = newToken();
    for (let attempt = 0; ; attempt++) {
      const id = newId();
      const command: Command = {
        type: 'workshop.create',
        workshopId: id,
        code: newJoinCode(),
        title,
        groupNames,
        facilitatorTokenHash: hashToken(facilitatorToken),
        ...options,
      };
      const decision = decide(null, command, { role: 'system' }, this.context());
      if (!decision.ok) throw new Error(decision.message);
      try {
        const events = await this.store.append(id, 0, decision.events);
        const workshop = this.adopt(id, events);
        this.live.set(id, Promise.resolve(workshop));
        return { id, code: workshop.state.workshop.code, facilitatorToken, state: workshop.state };
      } catch (error) {
        // A fresh random code can collide with an existing one; draw again.
        if (error instanceof CodeTakenError && attempt < 5) continue;
        throw error;
      }
    }
  }

  /**
   * The live workshop, loaded from the log on first use. With `fresh`, it first catches up
   * with events other nodes may have appended to a shared store (cheap when there are none).
   */
  async get(workshopId: string, options: { fresh?: boolean } = {}): Promise<LiveWorkshop | null> {
    let loading = this.live.get(workshopId);
    if (!loading) {
      loading = this.store
        .load(workshopId)
        .then((events) => (events.length ? this.adopt(workshopId, events) : null));
      loading.catch(() => this.live.delete(workshopId));
      this.live.set(workshopId, loading);
      return loading;
    }
    const workshop = await loading;
    if (workshop && options.fresh) await this.catchUp(workshop);
    return workshop;
  }

  /** Applies what other writers appended; listeners hear of it as `caughtUp` (see EventsListener). */
  catchUp(workshop: LiveWorkshop): Promise<void> {
    const run = async () => {
      this.apply(workshop, await this.store.load(workshop.id, workshop.state.seq), true);
    };
    const done = workshop.tail.then(run, run);
    workshop.tail = done;
    return done;
  }

  /**
   * Events another node appended, as it announced them. Applied in seq order if this node holds
   * the workshop (a gap is filled from the store); otherwise it loads them when first needed.
   */
  async receive(workshopId: string, events: StoredEvent[]): Promise<void> {
    const loading = this.live.get(workshopId);
    const workshop = loading && (await loading);
    if (!workshop) return;
    const run = async () => {
      const next = events.filter((e) => e.seq > workshop.state.seq);
      if (!next.length) return;
      const contiguous = next[0]!.seq === workshop.state.seq + 1;
      this.apply(
        workshop,
        contiguous ? next : await this.store.load(workshop.id, workshop.state.seq),
        true,
      );
    };
    const done = workshop.tail.then(run, run);
    workshop.tail = done;
    return done;
  }

  async getByCode(code: string): Promise<LiveWorkshop | null> {
    const id = await this.store.findWorkshopIdByCode(code);
    return id ? this.get(id, { fresh: true }) : null;
  }

  /** Runs a command once it is this workshop's turn; resolves after the events are durable. */
  execute(workshop: LiveWorkshop, command: Command, actor: Actor): Promise<ExecuteResult> {
    const run = () => this.run(workshop, command, actor);
    const result = workshop.tail.then(run, run);
    workshop.tail = result;
    return result;
  }

  eventsSince(workshopId: string, sinceSeq: number): Promise<StoredEvent[]> {
    return this.store.load(workshopId, sinceSeq);
  }

  /** Resolves once every command queued so far, in every workshop, is done (for shutdown). */
  async settled(): Promise<void> {
    const workshops = async () =>
      (await Promise.all([...this.live.values()].map((l) => l.catch(() => null)))).filter(
        (w): w is LiveWorkshop => w !== null,
      );
    for (;;) {
      const tails = (await workshops()).map((w) => w.tail);
      await Promise.all(tails.map((tail) => tail.catch(() => {})));
      // Commands queued while we waited: wait for those too.
      const now = (await workshops()).map((w) => w.tail);
      if (now.length === tails.length && now.every((tail, i) => tail === tails[i])) return;
    }
  }

  /** Deletes a workshop and all its events, after any command in flight; false if there was none. */
  async delete(workshopId: string): Promise<boolean> {
    const live = await this.live.get(workshopId)?.catch(() => null);
    // Let a command in flight finish first, so nothing is appended after the delete.
    await live?.tail.catch(() => {});
    const deleted = await this.store.deleteWorkshop(workshopId);
    this.forget(workshopId);
    return deleted;
  }

  /** Drops a workshop from memory, e.g. after it was deleted from the store. */
  forget(workshopId: string): void {
    this.live.delete(workshopId);
  }

  /**
   * The facilitator link a token belongs to, if it still works. Tokens are looked up by their
   * SHA-256, so lookup time says nothing about the token itself.
   */
  facilitatorLinkFor(workshop: LiveWorkshop, token: string): string | undefined {
    return workshop.secrets.facilitatorLinksByHash.get(hashToken(token));
  }

  isFacilitator(workshop: LiveWorkshop, token: string): boolean {
    return this.facilitatorLinkFor(workshop, token) !== undefined;
  }

  participantIdForToken(workshop: LiveWorkshop, token: string): string | undefined {
    return workshop.secrets.participantsByTokenHash.get(hashToken(token));
  }

  private async run(
    workshop: LiveWorkshop,
    command: Command,
    actor: Actor,
  ): Promise<ExecuteResult> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const decision = decide(workshop.state, command, actor, this.context());
      if (!decision.ok) return decision;
      if (decision.events.length === 0) return { ok: true, events: [], state: workshop.state };
      try {
        const events = await this.store.append(workshop.id, workshop.state.seq, decision.events);
        this.apply(workshop, events);
        return { ok: true, events, state: workshop.state };
      } catch (error) {
        if (!(error instanceof SeqConflictError)) throw error;
        // Another writer (a second node) got there first: catch up and decide again, where the
        // store can with the log locked, so that a busy node cannot get there first every time.
        if (this.store.appendExclusive) return this.runExclusive(workshop, command, actor);
        this.apply(workshop, await this.store.load(workshop.id, workshop.state.seq), true);
      }
    }
    return fail('INTERNAL', 'the session is too busy, please try again');
  }

  /** Catches up, decides and appends while no other node can append (Store.appendExclusive). */
  private async runExclusive(
    workshop: LiveWorkshop,
    command: Command,
    actor: Actor,
  ): Promise<ExecuteResult> {
    let failure = null as Failure | null;
    const events = await this.store.appendExclusive!(workshop.id, workshop.state.seq, (missed) => {
      // Already committed by others: safe to apply even if this append then fails.
      this.apply(workshop, missed, true);
      const decision = decide(workshop.state, command, actor, this.context());
      if (!decision.ok) failure = decision;
      return decision.ok ? decision.events : [];
    });
    if (failure) return failure;
    this.apply(workshop, events);
    return { ok: true, events, state: workshop.state };
  }

  private apply(workshop: LiveWorkshop, events: StoredEvent[], caughtUp = false): void {
    if (!events.length) return;
    const states: PublicState[] = [];
    for (const event of events) {
      workshop.state = evolve(workshop.state, event);
      workshop.secrets = evolveSecrets(workshop.secrets, event);
      states.push(workshop.state);
    }
    for (const listener of this.listeners) listener(workshop, events, caughtUp, states);
  }

  private adopt(id: string, events: StoredEvent[]): LiveWorkshop {
    const state = replay(events)!;
    let secrets: Secrets | null = null;
    for (const event of events) secrets = evolveSecrets(secrets, event);
    return { id, state, secrets: secrets!, tail: Promise.resolve() };
  }

  private context() {
    return { now: this.now().toISOString(), newId };
  }
}

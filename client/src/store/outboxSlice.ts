import type { StateCreator } from 'zustand';
import type { CardKind } from '../../../shared/model.js';
import type { Problem } from '../lib/friendlyError.js';
import { readJson, writeJson } from '../storage/localJson.js';
import { storageKeys } from '../storage/keys.js';
import type { AppStore } from './appStore.js';

/**
 * A card this device has posted but not yet seen in the workshop state.
 * `waiting`: not sent, or to be sent again; `sending`: on the wire; `sent`: acknowledged
 * (durable on the server), shown until its `card.posted` event arrives; `failed`: refused for a
 * reason that retrying will not fix.
 */
export interface OutboxEntry {
  id: string;
  text: string;
  kind: CardKind;
  country: string | null;
  groupId: string | null;
  createdAt: string;
  status: 'waiting' | 'sending' | 'sent' | 'failed';
  problem: Problem | null;
}

export interface OutboxSlice {
  outboxScope: string | null;
  outbox: OutboxEntry[];
  /** Loads the outbox of one workshop (participant: by code, facilitator: by id). */
  loadOutbox(scope: string): void;
  enqueue(entry: OutboxEntry): void;
  updateEntry(id: string, patch: Partial<Pick<OutboxEntry, 'status' | 'problem'>>): void;
  dropEntry(id: string): void;
  /** Forgets entries whose card is now in the workshop state. */
  pruneDelivered(): void;
}

export const createOutboxSlice: StateCreator<AppStore, [], [], OutboxSlice> = (set, get) => {
  // Every change is written through at once: the tab may be closed the next moment.
  const save = (outbox: OutboxEntry[]) => {
    const scope = get().outboxScope;
    set({ outbox });
    if (scope) writeJson(storageKeys.outbox(scope), outbox);
  };
  return {
    outboxScope: null,
    outbox: [],
    loadOutbox(scope) {
      const stored = readJson<OutboxEntry[]>(storageKeys.outbox(scope)) ?? [];
      // Whatever was on the wire when the page went away is sent again (same id, so once).
      const outbox = stored.map((e) =>
        e.status === 'failed' ? e : { ...e, status: 'waiting' as const, problem: null },
      );
      set({ outboxScope: scope, outbox });
    },
    enqueue(entry) {
      save([...get().outbox, entry]);
    },
    updateEntry(id, patch) {
      save(get().outbox.map((e) => (e.id === id ? { ...e, ...patch } : e)));
    },
    dropEntry(id) {
      save(get().outbox.filter((e) => e.id !== id));
    },
    pruneDelivered() {
      const cards = get().workshop?.cards;
      if (!cards) return;
      const delivered = new Set(cards.map((c) => c.id));
      const { outbox } = get();
      if (outbox.some((e) => delivered.has(e.id))) save(outbox.filter((e) => !delivered.has(e.id)));
    },
  };
};

import { stateOf } from '../../../shared/stateOf.js';
import type { StateCreator } from 'zustand';
import type { StoredEvent } from '../../../shared/events.js';
import { evolve } from '../../../shared/evolve.js';
import type { PublicState } from '../../../shared/model.js';
import type { Me, Role, Snapshot } from '../../../shared/protocol.js';
import { orderEvents } from './orderEvents.js';
import type { AppStore } from './appStore.js';

export interface WorkshopSlice {
  workshop: PublicState | null;
  role: Role | null;
  me: Me | null;
  /** The facilitator link this screen came in with (facilitators only). */
  myLinkId: string | null;
  /** Events received ahead of a gap; applied once the missing ones arrive. */
  heldEvents: StoredEvent[];
  /** Replaces everything: a snapshot is the server's whole truth at its seq. */
  applySnapshot(snapshot: Snapshot): void;
  /** Applies events with shared `evolve`, in seq order; returns true when some are missing. */
  receiveEvents(events: StoredEvent[]): { gap: boolean };
  resetWorkshop(): void;
}

export const createWorkshopSlice: StateCreator<AppStore, [], [], WorkshopSlice> = (set, get) => ({
  workshop: null,
  role: null,
  me: null,
  myLinkId: null,
  heldEvents: [],

  applySnapshot(snapshot) {
    set((s) => ({
      workshop: stateOf(snapshot),
      role: snapshot.role,
      me: snapshot.me ?? s.me,
      myLinkId: snapshot.linkId ?? null,
      heldEvents: [],
    }));
    // Events held from before the snapshot may still be newer than it.
    const { gap } = get().receiveEvents([]);
    if (!gap) get().pruneDelivered();
  },

  receiveEvents(events) {
    const { workshop, heldEvents } = get();
    if (!workshop) {
      // Nothing to apply to yet: keep them until the snapshot arrives.
      set({ heldEvents: [...heldEvents, ...events] });
      return { gap: false };
    }
    const { ready, held, gap } = orderEvents(workshop.seq, heldEvents, events);
    if (ready.length === 0 && held.length === heldEvents.length) return { gap };
    let next: PublicState = workshop;
    for (const event of ready) next = evolve(next, event);
    set({ workshop: next, heldEvents: held });
    if (ready.length > 0) get().pruneDelivered();
    return { gap };
  },

  resetWorkshop() {
    set({ workshop: null, role: null, me: null, myLinkId: null, heldEvents: [] });
  },
});

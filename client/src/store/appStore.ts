import { create } from 'zustand';
import { createConnectionSlice, type ConnectionSlice } from './connectionSlice.js';
import { createOutboxSlice, type OutboxSlice } from './outboxSlice.js';
import { createWorkshopSlice, type WorkshopSlice } from './workshopSlice.js';

export type AppStore = WorkshopSlice & ConnectionSlice & OutboxSlice;

/**
 * The one store of the open workshop. Actions are callable outside React
 * (`useAppStore.getState().applySnapshot(…)`), which is how socket.ts feeds it.
 */
export const useAppStore = create<AppStore>()((...a) => ({
  ...createWorkshopSlice(...a),
  ...createConnectionSlice(...a),
  ...createOutboxSlice(...a),
}));

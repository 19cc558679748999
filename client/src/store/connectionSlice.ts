import type { StateCreator } from 'zustand';
import type { Problem } from '../lib/friendlyError.js';
import type { AppStore } from './appStore.js';

/**
 * What the screen says about the link to the server. `connected` means a snapshot arrived,
 * not merely that a socket opened, so "connected" is never shown over stale cards.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'refused';

export interface ConnectionSlice {
  status: ConnectionStatus;
  /** Why the last attempt failed, when it did. */
  problem: Problem | null;
  /** The browser believes it has no network (navigator.onLine). */
  offline: boolean;
  /** serverTime − local time at the last snapshot, for timers that must agree across screens. */
  clockOffsetMs: number;
  setStatus(status: ConnectionStatus, problem?: Problem | null): void;
  setOffline(offline: boolean): void;
  setClockOffset(ms: number): void;
}

export const createConnectionSlice: StateCreator<AppStore, [], [], ConnectionSlice> = (set) => ({
  status: 'idle',
  problem: null,
  offline: typeof navigator !== 'undefined' ? !navigator.onLine : false,
  clockOffsetMs: 0,
  setStatus(status, problem = null) {
    set({ status, problem });
  },
  setOffline(offline) {
    set({ offline });
  },
  setClockOffset(ms) {
    set({ clockOffsetMs: ms });
  },
});

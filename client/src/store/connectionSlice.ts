import type { StateCreator } from 'zustand';
import type { Notice } from '../../../shared/protocol.js';
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
  /** What the server said before closing this screen's connection on purpose (removed, revoked…). */
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  setStatus(status: ConnectionStatus, problem?: Problem | null): void;
  setOffline(offline: boolean): void;
  setClockOffset(ms: number): void;
}

export const createConnectionSlice: StateCreator<AppStore, [], [], ConnectionSlice> = (set) => ({
  status: 'idle',
  problem: null,
  offline: typeof navigator !== 'undefined' ? !navigator.onLine : false,
  clockOffsetMs: 0,
  notice: null,
  setNotice(notice) {
    set({ notice });
  },
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

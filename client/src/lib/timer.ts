import type { Timer } from '../../../shared/model.js';

/**
 * Milliseconds left on a step's timer, in server time. `clockOffsetMs` is server − local clock
 * (taken from the snapshot), so a phone whose clock is minutes off still counts down correctly.
 * null: no timer.
 */
export function remainingMs(timer: Timer, localNow: number, clockOffsetMs: number): number | null {
  if (timer.status === 'running' && timer.endsAt !== null) {
    return Math.max(0, timer.endsAt - (localNow + clockOffsetMs));
  }
  if (timer.status === 'paused') return Math.max(0, timer.remainingMs ?? 0);
  return null;
}

/** 754_000 → "12:34"; an hour or more → "1:02:03". Rounds up, so "0:00" means really over. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

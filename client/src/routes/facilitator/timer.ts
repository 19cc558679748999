import type { Timer } from '../../../../shared/model.js';

/**
 * Milliseconds left on the step timer at `serverNow` (the local clock corrected by the offset
 * from the last snapshot), never below zero; null when no timer runs or waits.
 */
export function remainingMs(timer: Timer, serverNow: number): number | null {
  if (timer.status === 'running' && timer.endsAt !== null)
    return Math.max(0, timer.endsAt - serverNow);
  if (timer.status === 'paused' && timer.remainingMs !== null)
    return Math.max(0, timer.remainingMs);
  return null;
}

/** 754_000 → "12:34"; an hour or more → "1:02:03". Rounds up, so 0:00 means the time is up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** "10 min", "1 h 30 min", "45 s": how long a step is planned to take. */
export function formatDuration(sec: number | null): string {
  if (sec === null) return '';
  if (sec < 60) return `${sec} s`;
  const h = Math.floor(sec / 3600);
  const m = Math.round((sec % 3600) / 60);
  return h > 0 ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
}

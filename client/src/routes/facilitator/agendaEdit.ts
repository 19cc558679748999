import type { Step } from '../../../../shared/model.js';

/** Pure edits of an agenda draft; the facilitator saves the result with `agenda:set`. */

export function moveStep<T>(steps: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= steps.length || to < 0 || to >= steps.length)
    return [...steps];
  const next = [...steps];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function removeStep<T>(steps: readonly T[], index: number): T[] {
  return steps.filter((_, i) => i !== index);
}

export function replaceStep<T>(steps: readonly T[], index: number, step: T): T[] {
  return steps.map((s, i) => (i === index ? step : s));
}

/** A new step with the defaults a facilitator most often wants: everyone posts, 10 minutes. */
export function blankStep(id: string, title: string): Step {
  return {
    id,
    title,
    prompt: '',
    activity: 'post',
    kinds: ['example', 'finding'],
    posting: true,
    voting: null,
    visibility: 'all',
    durationSec: 10 * 60,
  };
}

/** Minutes typed in a field → seconds for a step (empty or 0: no timer; at least 10 s). */
export function minutesToSeconds(value: string): number | null {
  const minutes = Number(value.replace(',', '.'));
  if (!value.trim() || !Number.isFinite(minutes) || minutes <= 0) return null;
  return Math.min(24 * 3600, Math.max(10, Math.round(minutes * 60)));
}

/**
 * Where the current step lands after an edit, so the room does not jump: the same step by id,
 * or the same position when that step was removed (clamped), or the lobby.
 */
export function currentAfterEdit(before: readonly Step[], current: number, after: readonly Step[]) {
  if (current < 0) return -1;
  const id = before[current]?.id;
  const same = after.findIndex((s) => s.id === id);
  if (same >= 0) return same;
  return after.length ? Math.min(current, after.length - 1) : -1;
}

import type { Failure } from './errorCodes.js';

/** The one envelope every acknowledgement uses. */
export type Ack<T> = { ok: true; data: T } | Failure;

export type AckCallback<T> = (response: Ack<T>) => void;

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

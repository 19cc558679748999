import { readJson, removeKey, writeJson } from '../../storage/localJson.js';
import { storageKeys } from '../../storage/keys.js';

/** A session this browser facilitated, for the organizer page (the token stays in its own key). */
export interface FacilitatedSession {
  id: string;
  title: string;
  code: string;
  createdAt: string;
  lastOpenedAt: string;
}

const KEY = 'otterboard:v1:sessions';

export function loadSessions(): FacilitatedSession[] {
  const list = readJson<FacilitatedSession[]>(KEY);
  return Array.isArray(list) ? list.filter((s) => s && typeof s.id === 'string') : [];
}

/** Adds or refreshes a session; newest first. */
export function rememberSession(session: Omit<FacilitatedSession, 'lastOpenedAt'>): void {
  const others = loadSessions().filter((s) => s.id !== session.id);
  writeJson(KEY, [{ ...session, lastOpenedAt: new Date().toISOString() }, ...others]);
}

/** Forgets a session and its facilitator token on this device. */
export function forgetSession(id: string): void {
  writeJson(
    KEY,
    loadSessions().filter((s) => s.id !== id),
  );
  removeKey(storageKeys.facilitatorToken(id));
}

export function storedToken(id: string): string | null {
  return readJson<string>(storageKeys.facilitatorToken(id));
}

/**
 * Ids of sessions whose facilitator token is on this device, also those opened before the list
 * above existed (their keys are `…:facilitator:<id>`).
 */
export function sessionIdsWithTokens(): string[] {
  const prefix = storageKeys.facilitatorToken('');
  const ids: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
    }
  } catch {
    // No storage: nothing remembered.
  }
  return ids;
}

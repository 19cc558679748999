import { readJson, removeKey, writeJson } from './localJson.js';
import { storageKeys } from './keys.js';

/** Who this phone is in a session: the token brings the same person back after a reload. */
export interface ParticipantIdentity {
  name: string;
  groupId?: string;
  participantToken?: string;
}

export function loadIdentity(code: string): ParticipantIdentity | null {
  return readJson<ParticipantIdentity>(storageKeys.participant(code));
}

export function saveIdentity(code: string, identity: ParticipantIdentity): void {
  writeJson(storageKeys.participant(code), identity);
}

export function forgetIdentity(code: string): void {
  removeKey(storageKeys.participant(code));
}

import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { joinCodeFromBytes } from '../shared/joinCode.js';

/** 256 random bits, url-safe; handed out once and stored only as a hash. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

export function newJoinCode(): string {
  return joinCodeFromBytes(randomBytes(8));
}

/** Short random ids for server-made entities (groups, participants, cards without a client id). */
export function newId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 20);
}

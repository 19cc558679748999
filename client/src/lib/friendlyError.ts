import { ERROR_CODES, type ErrorCode } from '../../../shared/errorCodes.js';
import { t } from '../i18n/t.js';

/** Problems the client itself notices, next to the server's closed list of codes. */
export type Problem = ErrorCode | 'NETWORK';

/** A sentence a person can act on; raw server messages are never shown. */
export function friendlyError(problem: Problem): string {
  return t(`error.${problem}`);
}

/** Codes that will not change by trying the same thing again. */
export function isPermanent(problem: Problem): boolean {
  return (
    problem === 'NOT_FOUND' ||
    problem === 'UNAUTHORIZED' ||
    problem === 'FORBIDDEN' ||
    problem === 'INVALID_PAYLOAD' ||
    problem === 'PHASE_CLOSED'
  );
}

/** Reads the `code` of an error body or a refused handshake, falling back to a network problem. */
export function problemOf(value: unknown): Problem {
  const code = (value as { code?: unknown } | null)?.code;
  const known: readonly string[] = ERROR_CODES;
  return typeof code === 'string' && known.includes(code) ? (code as ErrorCode) : 'NETWORK';
}

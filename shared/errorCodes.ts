/** The closed list of reasons a command or a connection can be refused. */
export const ERROR_CODES = [
  'INVALID_PAYLOAD',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PHASE_CLOSED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
}

export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, code, message };
}

import type { ErrorCode } from '../../shared/errorCodes.js';

/** A refused handshake: the client's connect_error carries the reason in `message` and `data`. */
export function refusal(
  code: ErrorCode,
  message: string,
): Error & { data: { code: ErrorCode; message: string } } {
  return Object.assign(new Error(`${code}: ${message}`), { data: { code, message } });
}

import type { IncomingHttpHeaders } from 'node:http';

/**
 * The address a request came from, for per-address limits. Behind a proxy (TRUST_PROXY) the
 * proxy's address is everyone's, so the first X-Forwarded-For entry is used instead; without
 * it that header is ignored, since any client can send it.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  headers: IncomingHttpHeaders,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return remoteAddress ?? 'unknown';
}

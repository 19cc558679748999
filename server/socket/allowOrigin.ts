import type { IncomingMessage } from 'node:http';

/**
 * Socket.IO's `allowRequest`: a browser page may open a socket only from this server's own
 * origin, the PUBLIC_URL's, or one listed in ALLOWED_ORIGINS. Requests without an Origin
 * header come from programs, not from pages a victim visits (cross-site WebSocket hijacking
 * needs a browser, which always sends Origin), and stay allowed.
 */
export function allowOrigin(allowed: string[]) {
  const origins = new Set(allowed.map(originOf).filter((o): o is string => o !== null));
  return (req: IncomingMessage, callback: (error: string | null, ok: boolean) => void): void => {
    const origin = req.headers.origin;
    if (!origin) return callback(null, true);
    const normalized = originOf(origin);
    const sameHost = normalized !== null && new URL(normalized).host === req.headers.host;
    callback(null, sameHost || (normalized !== null && origins.has(normalized)));
  };
}

/** `scheme://host[:port]` of a URL, or null when it is not one. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed.origin;
  } catch {
    return null;
  }
}

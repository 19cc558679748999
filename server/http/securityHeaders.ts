import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers with a content security policy the built client satisfies: scripts, styles,
 * the clustering worker and its word-vector file all come from this origin, QR codes are
 * `data:` images, and the socket talks to this origin (`'self'` covers ws: and wss: of it).
 *
 * Otterboard usually runs on a laptop over plain http on the venue's network, so the
 * https-only parts (HSTS, upgrading requests, the opener policy browsers ignore on http) are
 * sent only when PUBLIC_URL is https.
 */
export function securityHeaders(publicUrl?: string): RequestHandler {
  const https = publicUrl?.startsWith('https://') ?? false;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https,
    crossOriginOpenerPolicy: https,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

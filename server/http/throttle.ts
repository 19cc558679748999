import type { Request, RequestHandler } from 'express';
import type { Limiters, RateLimits } from '../limits.js';

/** Express middleware spending one point of a per-address budget; 429 RATE_LIMITED when spent. */
export function throttle(
  limiters: Limiters,
  budget: keyof RateLimits,
  addressOf: (req: Request) => string,
): RequestHandler {
  return async (req, res, next) => {
    const refused = await limiters.spend([budget, addressOf(req)]);
    if (refused) res.status(429).json(refused);
    else next();
  };
}

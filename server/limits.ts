import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { fail, type Failure } from '../shared/errorCodes.js';

/** A budget of `points` per `seconds`; `blockSeconds` keeps refusing that long once spent. */
export interface Budget {
  points: number;
  seconds: number;
  blockSeconds?: number;
}

/**
 * How much one socket and one address may do. Sized for a real room: 40 phones behind one
 * venue NAT address that flush their outboxes at once, and the fan-out benchmark's 1,000
 * phones on one address at 50 cards/s, stay far below every limit. The per-socket budget is
 * the one that stops a single noisy client; the per-address ceiling stops one host that opens
 * many sockets.
 */
export interface RateLimits {
  /** Commands (every event with an ack, including junk) from one socket. */
  commandsPerSocket: Budget;
  /** Commands from all sockets of one address. */
  commandsPerAddress: Budget;
  /** Handshakes that named an unknown code or session, or a wrong token: code guessing. */
  failedJoinsPerAddress: Budget;
  /** New participants (each one is an event in the log) from one address. */
  newParticipantsPerAddress: Budget;
  /** `POST /api/workshops` from one address. */
  workshopsPerAddress: Budget;
}

// Generous on purpose: a whole conference room can sit behind one venue address, and a phone
// that reconnects flushes its outbox at once. They stop floods, not people; a join code
// (31^6 ≈ 887 million) is out of reach at 500 guesses per 10 minutes.
export const DEFAULT_RATE_LIMITS: RateLimits = {
  commandsPerSocket: { points: 1000, seconds: 10 },
  commandsPerAddress: { points: 20_000, seconds: 10 },
  failedJoinsPerAddress: { points: 500, seconds: 600, blockSeconds: 600 },
  newParticipantsPerAddress: { points: 10_000, seconds: 600 },
  workshopsPerAddress: { points: 300, seconds: 600 },
};

type LimiterName = keyof RateLimits;

/** One in-memory limiter per budget; keys are socket ids or client addresses. */
export class Limiters {
  private readonly limiters: Record<LimiterName, RateLimiterMemory>;

  constructor(limits: Partial<RateLimits> = {}) {
    const merged = { ...DEFAULT_RATE_LIMITS, ...limits };
    const make = (b: Budget) =>
      new RateLimiterMemory({
        points: b.points,
        duration: b.seconds,
        blockDuration: b.blockSeconds ?? 0,
      });
    this.limiters = {
      commandsPerSocket: make(merged.commandsPerSocket),
      commandsPerAddress: make(merged.commandsPerAddress),
      failedJoinsPerAddress: make(merged.failedJoinsPerAddress),
      newParticipantsPerAddress: make(merged.newParticipantsPerAddress),
      workshopsPerAddress: make(merged.workshopsPerAddress),
    };
  }

  /** Spends one point of each named budget; a Failure when any of them is used up. */
  async spend(...uses: [LimiterName, string][]): Promise<Failure | null> {
    try {
      await Promise.all(uses.map(([name, key]) => this.limiters[name].consume(key)));
      return null;
    } catch (error) {
      if (error instanceof RateLimiterRes) return rateLimited(error.msBeforeNext);
      throw error;
    }
  }

  /** Whether a budget is spent (without spending): e.g. an address that guessed codes. */
  async exhausted(name: LimiterName, key: string): Promise<Failure | null> {
    const limiter = this.limiters[name];
    const res = await limiter.get(key);
    if (!res || res.consumedPoints < limiter.points) return null;
    return rateLimited(res.msBeforeNext);
  }
}

export function rateLimited(msBeforeNext: number): Failure {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return fail('RATE_LIMITED', `too many requests; try again in ${seconds} s`);
}

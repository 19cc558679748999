import { fail, type Failure } from '../../shared/errorCodes.js';
import type { Limiters } from '../limits.js';
import type { AppSocket } from './types.js';

/** What every command passes before its handler runs: the rate limits and the server's lifecycle. */
export interface Gate {
  /** Admits one command of a socket, or says why not; an admitted command must be `release`d. */
  admit(socket: AppSocket): Promise<Failure | null>;
  release(): void;
}

/** The gate of each socket's server; handle.ts looks it up, so handlers need not know about it. */
export const socketGates = new WeakMap<AppSocket, Gate>();

export const SHUTTING_DOWN_MESSAGE = 'the server is restarting; send this again once reconnected';

/**
 * One per app: counts commands in flight so a shutdown can wait for them, and refuses new ones
 * once the shutdown has begun. Refusals use INTERNAL, which every client treats as "try again".
 */
export class Lifecycle implements Gate {
  closing = false;
  private inFlight = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly limiters: Limiters,
    readonly addressOf: (socket: AppSocket) => string,
  ) {}

  async admit(socket: AppSocket): Promise<Failure | null> {
    if (this.closing) return fail('INTERNAL', SHUTTING_DOWN_MESSAGE);
    // Counted before the limiter's await, so a shutdown that starts meanwhile waits for it.
    this.inFlight++;
    let refused: Failure | null;
    try {
      refused = await this.limiters.spend(
        ['commandsPerSocket', socket.id],
        ['commandsPerAddress', this.addressOf(socket)],
      );
    } catch (error) {
      this.release();
      throw error;
    }
    if (refused) this.release();
    return refused;
  }

  release(): void {
    this.inFlight--;
    if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Resolves once no command is between its admission and its ack. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

import type { z } from 'zod';
import type { Ack } from '../../shared/ack.js';
import { fail } from '../../shared/errorCodes.js';
import { commandSchemas, describeIssues, type CommandName } from '../../shared/schemas.js';
import type { AppSocket } from './types.js';

type Handler<K extends CommandName, R> = (
  payload: z.output<(typeof commandSchemas)[K]>,
) => Promise<Ack<R>>;

/**
 * Registers a command handler behind the boundary every command shares: the payload is parsed
 * with its schema first, and whatever goes wrong inside becomes INTERNAL without details.
 */
export function handle<K extends CommandName, R>(
  socket: AppSocket,
  name: K,
  handler: Handler<K, R>,
  onError: (error: unknown) => void,
): void {
  const listener = async (payload: unknown, ack?: unknown) => {
    const reply = typeof ack === 'function' ? (ack as (response: Ack<R>) => void) : () => {};
    const parsed = commandSchemas[name].safeParse(payload);
    if (!parsed.success) return reply(fail('INVALID_PAYLOAD', describeIssues(parsed.error)));
    try {
      reply(await handler(parsed.data as z.output<(typeof commandSchemas)[K]>));
    } catch (error) {
      onError(error);
      reply(fail('INTERNAL', 'something went wrong on the server; please try again'));
    }
  };
  socket.on(name, listener as never);
}

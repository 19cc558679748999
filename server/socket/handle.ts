import type { z } from 'zod';
import type { Ack, AckCallback } from '../../shared/ack.js';
import { fail } from '../../shared/errorCodes.js';
import type { ClientToServerEvents } from '../../shared/protocol.js';
import { commandSchemas, describeIssues, type CommandName } from '../../shared/schemas.js';
import { socketGates } from './gate.js';
import type { AppSocket } from './types.js';

/** The ack data of a command, as the protocol's event map declares it. */
export type ResultOf<K extends CommandName> =
  Parameters<ClientToServerEvents[K]>[1] extends AckCallback<infer R> ? R : never;
/** A command's payload after parsing (defaults applied, strings trimmed). */
export type CommandInput<K extends CommandName> = z.output<(typeof commandSchemas)[K]>;
type Handler<K extends CommandName> = (payload: CommandInput<K>) => Promise<Ack<ResultOf<K>>>;

/**
 * Registers a command handler behind the boundary every command shares: the rate limits and
 * the shutdown gate first, then the payload is parsed with its schema, and whatever goes wrong
 * inside becomes INTERNAL without details. The payload is never logged: it may carry secrets.
 */
export function handle<K extends CommandName>(
  socket: AppSocket,
  name: K,
  handler: Handler<K>,
  onError: (error: unknown) => void,
): void {
  const listener = async (payload: unknown, ack?: unknown) => {
    const reply =
      typeof ack === 'function' ? (ack as (response: Ack<ResultOf<K>>) => void) : () => {};
    const gate = socketGates.get(socket);
    try {
      const refused = gate ? await gate.admit(socket) : null;
      if (refused) return reply(refused);
    } catch (error) {
      onError(error);
      return reply(fail('INTERNAL', 'something went wrong on the server; please try again'));
    }
    try {
      const parsed = commandSchemas[name].safeParse(payload);
      if (!parsed.success) return reply(fail('INVALID_PAYLOAD', describeIssues(parsed.error)));
      reply(await handler(parsed.data as CommandInput<K>));
    } catch (error) {
      onError(error);
      reply(fail('INTERNAL', 'something went wrong on the server; please try again'));
    } finally {
      gate?.release();
    }
  };
  socket.on(name, listener as never);
}

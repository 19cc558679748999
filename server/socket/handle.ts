import type { z } from 'zod';
import type { Ack, AckCallback } from '../../shared/ack.js';
import { fail } from '../../shared/errorCodes.js';
import type { ClientToServerEvents } from '../../shared/protocol.js';
import { commandSchemas, describeIssues, type CommandName } from '../../shared/schemas.js';
import type { ThemeEngine } from '../themes/ThemeEngine.js';
import type { LiveWorkshop, WorkshopService } from '../WorkshopService.js';
import { socketGates } from './gate.js';
import type { AppSocket } from './types.js';

/** The ack data of a command, as the protocol's event map declares it. */
export type ResultOf<K extends CommandName> =
  Parameters<ClientToServerEvents[K]>[1] extends AckCallback<infer R> ? R : never;
/** A command's payload after parsing (defaults applied, strings trimmed). */
export type CommandInput<K extends CommandName> = z.output<(typeof commandSchemas)[K]>;

/** What a command handler works with: the socket that sent it and its workshop. */
export interface CommandContext {
  socket: AppSocket;
  workshop: LiveWorkshop;
  service: WorkshopService;
  engine: ThemeEngine;
}

export type CommandHandler<K extends CommandName> = (
  ctx: CommandContext,
  payload: CommandInput<K>,
) => Promise<Ack<ResultOf<K>>>;

/** One handler per command; the type makes a command without a handler a compile error. */
export type CommandTable = { [K in CommandName]: CommandHandler<K> };

const INTERNAL = 'something went wrong on the server; please try again';

/**
 * The boundary every command passes: the rate limits and the shutdown gate first, then the
 * payload is parsed with its schema, and whatever goes wrong inside becomes INTERNAL without
 * details. The payload is never logged: it may carry secrets. Handlers live in one table shared
 * by every socket, so a socket costs one listener, not one per command.
 */
export async function dispatch(
  table: CommandTable,
  ctx: CommandContext,
  name: string,
  args: unknown[],
  onError: (error: unknown) => void,
): Promise<void> {
  const ack = args.at(-1);
  const reply = typeof ack === 'function' ? (ack as (response: Ack<unknown>) => void) : () => {};
  if (!Object.hasOwn(commandSchemas, name)) {
    return reply(fail('INVALID_PAYLOAD', `there is no command "${String(name).slice(0, 40)}"`));
  }
  const command = name as CommandName;
  const gate = socketGates.get(ctx.socket);
  try {
    const refused = gate ? await gate.admit(ctx.socket) : null;
    if (refused) return reply(refused);
  } catch (error) {
    onError(error);
    return reply(fail('INTERNAL', INTERNAL));
  }
  try {
    // A command sent with only an ack (`emitWithAck('step:reveal')`) has no payload.
    const payload = typeof ack === 'function' && args.length === 1 ? undefined : args[0];
    const parsed = commandSchemas[command].safeParse(payload);
    if (!parsed.success) return reply(fail('INVALID_PAYLOAD', describeIssues(parsed.error)));
    const handler = table[command] as CommandHandler<CommandName>;
    reply(await handler(ctx, parsed.data as never));
  } catch (error) {
    onError(error);
    reply(fail('INTERNAL', INTERNAL));
  } finally {
    gate?.release();
  }
}

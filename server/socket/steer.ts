import { ok, type Ack } from '../../shared/ack.js';
import type { Command } from '../../shared/commands.js';
import type { CommandName } from '../../shared/schemas.js';
import { actorOf } from './actorOf.js';
import type { CommandHandler, CommandInput, ResultOf } from './handle.js';

type SteeringName = Exclude<CommandName, 'card:post' | 'workshop:sync' | 'themes:suggest'>;

/**
 * A command whose payload maps one-to-one onto a domain command and whose ack is the seq the
 * change reached. `decide` checks who may do what.
 */
export function steering<K extends SteeringName>(
  toCommand: (payload: CommandInput<K>) => Command,
): CommandHandler<K> {
  return async ({ socket, workshop, service }, payload) => {
    const result = await service.execute(workshop, toCommand(payload), actorOf(socket.data));
    // Every steering command answers Applied, as the protocol's event map declares.
    return (result.ok ? ok({ seq: result.state.seq }) : result) as Ack<ResultOf<K>>;
  };
}

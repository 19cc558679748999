import { ok, type Ack } from '../../shared/ack.js';
import type { Command } from '../../shared/commands.js';
import type { CommandName } from '../../shared/schemas.js';
import type { LiveWorkshop, WorkshopService } from '../WorkshopService.js';
import { actorOf } from './actorOf.js';
import { handle, type CommandInput, type ResultOf } from './handle.js';
import type { AppSocket } from './types.js';

type SteeringName = Exclude<CommandName, 'card:post' | 'workshop:sync' | 'themes:suggest'>;

/**
 * Registers commands whose payload maps one-to-one onto a domain command and whose ack is
 * the seq the change reached. `decide` checks who may do what.
 */
export function registerSteering<K extends SteeringName>(
  socket: AppSocket,
  workshop: LiveWorkshop,
  service: WorkshopService,
  onError: (error: unknown) => void,
  name: K,
  toCommand: (payload: CommandInput<K>) => Command,
): void {
  handle(
    socket,
    name,
    async (payload) => {
      const result = await service.execute(workshop, toCommand(payload), actorOf(socket.data));
      // Every steering command answers Applied, as the protocol's event map declares.
      return (result.ok ? ok({ seq: result.state.seq }) : result) as Ack<ResultOf<K>>;
    },
    onError,
  );
}

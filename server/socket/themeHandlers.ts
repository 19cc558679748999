import { ok } from '../../shared/ack.js';
import { fail } from '../../shared/errorCodes.js';
import { newId } from '../secrets.js';
import type { ThemeEngine } from '../themes/ThemeEngine.js';
import type { LiveWorkshop, WorkshopService } from '../WorkshopService.js';
import { handle } from './handle.js';
import { registerSteering } from './steer.js';
import type { AppSocket } from './types.js';

export function registerThemeHandlers(
  socket: AppSocket,
  workshop: LiveWorkshop,
  service: WorkshopService,
  engine: ThemeEngine,
  onError: (error: unknown) => void,
): void {
  const steer: <K extends Parameters<typeof registerSteering>[4]>(
    name: K,
    toCommand: Parameters<typeof registerSteering<K>>[5],
  ) => void = (name, toCommand) =>
    registerSteering(socket, workshop, service, onError, name, toCommand);
  steer('card:move', (p) => ({ type: 'card.move', ...p }));
  steer('theme:create', (p) => ({ type: 'theme.create', ...p }));
  steer('theme:rename', (p) => ({ type: 'theme.rename', ...p }));
  steer('theme:lock', (p) => ({ type: 'theme.lock', ...p }));
  steer('theme:delete', (p) => ({ type: 'theme.delete', ...p }));
  steer('theme:merge', (p) => ({ type: 'theme.merge', ...p }));
  steer('theme:split', (p) => ({ type: 'theme.split', ...p }));
  steer('themes:apply', (p) => ({ type: 'themes.apply', ...p }));
  steer('themes:undo', (p) => ({ type: 'themes.undo', ...p }));

  // A preview only: nothing changes until the facilitator applies it.
  handle(
    socket,
    'themes:suggest',
    async () => {
      if (socket.data.role !== 'facilitator')
        return fail('FORBIDDEN', 'only the facilitator arranges themes');
      return ok(await engine.suggest(workshop.state, newId));
    },
    onError,
  );
}

import { ok } from '../../shared/ack.js';
import { fail } from '../../shared/errorCodes.js';
import { newId } from '../secrets.js';
import type { CommandTable } from './handle.js';
import { steering } from './steer.js';

type ThemeCommand =
  | 'card:move'
  | 'theme:create'
  | 'theme:rename'
  | 'theme:lock'
  | 'theme:delete'
  | 'theme:merge'
  | 'theme:split'
  | 'themes:suggest'
  | 'themes:apply'
  | 'themes:undo';

export const themeCommands: Pick<CommandTable, ThemeCommand> = {
  'card:move': steering((p) => ({ type: 'card.move', ...p })),
  'theme:create': steering((p) => ({ type: 'theme.create', ...p })),
  'theme:rename': steering((p) => ({ type: 'theme.rename', ...p })),
  'theme:lock': steering((p) => ({ type: 'theme.lock', ...p })),
  'theme:delete': steering((p) => ({ type: 'theme.delete', ...p })),
  'theme:merge': steering((p) => ({ type: 'theme.merge', ...p })),
  'theme:split': steering((p) => ({ type: 'theme.split', ...p })),
  'themes:apply': steering((p) => ({ type: 'themes.apply', ...p })),
  'themes:undo': steering((p) => ({ type: 'themes.undo', ...p })),
  // A preview only: nothing changes until the facilitator applies it.
  async 'themes:suggest'({ socket, workshop, engine }) {
    if (socket.data.role !== 'facilitator') {
      return fail('FORBIDDEN', 'only the facilitator arranges themes');
    }
    return ok(await engine.suggest(workshop.state, newId));
  },
};

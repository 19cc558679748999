import { cardCommands } from './cardHandlers.js';
import type { CommandTable } from './handle.js';
import { sessionCommands } from './sessionHandlers.js';
import { syncCommands } from './syncHandlers.js';
import { themeCommands } from './themeHandlers.js';

/** Every command of the protocol and its handler, shared by all sockets. */
export const COMMANDS: CommandTable = {
  ...cardCommands,
  ...syncCommands,
  ...themeCommands,
  ...sessionCommands,
};

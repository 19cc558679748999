import type { Actor, Command, DecideContext } from '../../shared/commands.js';
import { decide } from '../../shared/decide.js';
import type { StoredEvent } from '../../shared/events.js';
import { evolve } from '../../shared/evolve.js';
import type { PublicState } from '../../shared/model.js';

/**
 * The server's decide → append → evolve loop over an in-memory log, for domain tests that read
 * like a session: `run` a command (as `defaultActor` unless told otherwise), then read `state`.
 */
export function memoryLog(ctx: DecideContext, defaultActor: Actor) {
  let state: PublicState | null = null;
  const log: StoredEvent[] = [];
  const run = (command: Command, actor: Actor = defaultActor) => {
    const decision = decide(state, command, actor, ctx);
    if (decision.ok)
      for (const event of decision.events) {
        const stored = { ...event, seq: log.length + 1 } as StoredEvent;
        log.push(stored);
        state = evolve(state, stored);
      }
    return decision;
  };
  return {
    run,
    log,
    /** The state after the last command (the tests create the workshop first). */
    get state(): PublicState {
      return state!;
    },
  };
}

import { describe, expectTypeOf, it, expect } from 'vitest';
import type { z } from 'zod';
import type { ClientToServerEvents } from '../../shared/protocol.js';
import { commandSchemas, type CommandName } from '../../shared/schemas.js';

describe('protocol', () => {
  it('every client→server event has a schema, and every schema an event', () => {
    expectTypeOf<keyof ClientToServerEvents>().toEqualTypeOf<CommandName>();
    expect(Object.keys(commandSchemas).sort()).toEqual([
      'agenda:set',
      'board:display',
      'card:delete',
      'card:edit',
      'card:hide',
      'card:move',
      'card:post',
      'facilitator:createLink',
      'facilitator:revokeLink',
      'group:add',
      'group:rename',
      'groups:configure',
      'participant:move',
      'participant:remove',
      'step:goto',
      'step:reveal',
      'theme:create',
      'theme:delete',
      'theme:lock',
      'theme:merge',
      'theme:rename',
      'theme:split',
      'themes:apply',
      'themes:suggest',
      'themes:undo',
      'timer:extend',
      'timer:pause',
      'timer:resume',
      'timer:start',
      'vote:cast',
      'vote:retract',
      'voting:close',
      'voting:open',
      'workshop:sync',
      'workshop:update',
    ]);
  });

  it("event payload types are the schemas' input types", () => {
    type Payload<K extends CommandName> = Parameters<ClientToServerEvents[K]>[0];
    expectTypeOf<Payload<'card:post'>>().toEqualTypeOf<
      z.input<(typeof commandSchemas)['card:post']>
    >();
    expectTypeOf<Payload<'workshop:sync'>>().toEqualTypeOf<
      z.input<(typeof commandSchemas)['workshop:sync']>
    >();
  });
});

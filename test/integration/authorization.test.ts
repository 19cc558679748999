import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandSchemas, type CommandName } from '../../shared/schemas.js';
import { connectClient, connectError, type TestClient } from '../helpers/clients.js';
import { closeAll, commandCases, must, send, setUpRoom, type Room } from '../helpers/room.js';
import { createWorkshop, startServer, type TestServer } from '../helpers/testServer.js';

/**
 * The authorization matrix: every command in `commandSchemas` × every kind of actor, each with
 * a payload that is valid in the room, asserting allowed or FORBIDDEN (C3, T1, and the
 * facilitator-only rule of decideSession). The table is read off docs/rules.md and decide*.ts.
 */

type Actor = 'facilitator' | 'author' | 'groupmate' | 'otherGroup' | 'board';
/** Actors of another session, sending the same ids: they must never reach this session. */
type Outsider = 'otherSessionParticipant' | 'otherSessionFacilitator';

const everyone: Actor[] = ['facilitator', 'author', 'groupmate', 'otherGroup', 'board'];
const facilitatorOnly: Actor[] = ['facilitator'];
const participants: Actor[] = ['author', 'groupmate', 'otherGroup'];

/** Who may do what. A Record over CommandName: a new command fails to compile until it is here. */
const ALLOWED: Record<CommandName, Actor[]> = {
  // C2, C3, C5: participants post into their own group, the facilitator anywhere, boards never.
  'card:post': ['facilitator', ...participants],
  // L3: every screen may catch up on what it may see.
  'workshop:sync': everyone,
  // T1: themes are the facilitator's.
  'card:move': facilitatorOnly,
  'theme:create': facilitatorOnly,
  'theme:rename': facilitatorOnly,
  'theme:lock': facilitatorOnly,
  'theme:delete': facilitatorOnly,
  'theme:merge': facilitatorOnly,
  'theme:split': facilitatorOnly,
  'themes:suggest': facilitatorOnly,
  'themes:apply': facilitatorOnly,
  'themes:undo': facilitatorOnly,
  // Running the session is the facilitator's.
  'workshop:update': facilitatorOnly,
  'groups:configure': facilitatorOnly,
  'group:add': facilitatorOnly,
  'group:rename': facilitatorOnly,
  'participant:move': facilitatorOnly,
  'participant:remove': facilitatorOnly,
  // Participants edit their own cards only; the facilitator any card.
  'card:edit': ['facilitator', 'author'],
  'card:hide': facilitatorOnly,
  'card:delete': facilitatorOnly,
  'agenda:set': facilitatorOnly,
  'step:goto': facilitatorOnly,
  'step:reveal': facilitatorOnly,
  'timer:start': facilitatorOnly,
  'timer:pause': facilitatorOnly,
  'timer:resume': facilitatorOnly,
  'timer:extend': facilitatorOnly,
  'voting:open': facilitatorOnly,
  'voting:close': facilitatorOnly,
  // V1: participants vote, the facilitator does not.
  'vote:cast': participants,
  'vote:retract': participants,
  'facilitator:createLink': facilitatorOnly,
  'facilitator:revokeLink': facilitatorOnly,
  'board:display': facilitatorOnly,
};

let server: TestServer;
let outsiders: Record<Outsider, TestClient>;

beforeAll(async () => {
  server = await startServer();
  const other = await createWorkshop(server.url, { title: 'Elsewhere', groups: ['X'] });
  outsiders = {
    otherSessionParticipant: await connectClient(server.url, {
      role: 'participant',
      code: other.code,
      name: 'Outsider',
    }),
    otherSessionFacilitator: await connectClient(server.url, {
      role: 'facilitator',
      workshopId: other.id,
      token: other.facilitatorToken,
    }),
  };
});

afterAll(async () => {
  closeAll(Object.values(outsiders ?? {}));
  await server?.close();
});

async function seqOf(room: Room): Promise<number> {
  return (await server.app.service.get(room.workshop.id))!.state.seq;
}

describe('authorization matrix', () => {
  // Denied actors go first, so that an allowed one cannot change what the next one finds.
  const order = (allowed: Actor[]): Actor[] => [
    ...everyone.filter((a) => !allowed.includes(a)),
    ...everyone.filter((a) => a !== 'facilitator' && allowed.includes(a)),
    ...(allowed.includes('facilitator') ? (['facilitator'] as const) : []),
  ];
  it('covers every command in commandSchemas', () => {
    const names = Object.keys(commandSchemas).sort();
    expect(Object.keys(ALLOWED).sort()).toEqual(names);
    for (const name of names)
      expect(order(ALLOWED[name as CommandName])).toHaveLength(everyone.length);
  });

  const names = Object.keys(commandSchemas) as CommandName[];
  let checks = 0;
  afterAll(() => {
    console.log(
      `authorization matrix: ${names.length} commands × ${everyone.length + 2} actors = ${checks} checks`,
    );
  });

  it.each(names)('C3 T1 %s: allowed or FORBIDDEN for each actor', async (name) => {
    const room = await setUpRoom(server.url, `Matrix ${name}`);
    try {
      const payloadFor = (tag: string) => commandCases(room, tag)[name].payload;
      const { prepare } = commandCases(room, '')[name];
      for (const step of prepare ?? [])
        await must(room.facilitator.socket, step.name, step.payload);
      const allowed = ALLOWED[name];

      for (const outsider of Object.keys(outsiders) as Outsider[]) {
        const before = await seqOf(room);
        const ack = await send(outsiders[outsider].socket, name, payloadFor(outsider));
        expect(await seqOf(room), `${outsider} changed the session with ${name}`).toBe(before);
        if (
          outsider === 'otherSessionParticipant' &&
          !allowed.some((a) => participants.includes(a))
        ) {
          expect(ack, `${outsider} ${name}`).toMatchObject({ ok: false, code: 'FORBIDDEN' });
        }
        checks++;
      }

      for (const actor of order(allowed)) {
        const before = await seqOf(room);
        const ack = await send(room[actor].socket, name, payloadFor(actor));
        if (allowed.includes(actor)) {
          expect(ack, `${actor} ${name}`).toMatchObject({ ok: true });
        } else {
          expect(ack, `${actor} ${name}`).toMatchObject({ ok: false, code: 'FORBIDDEN' });
          expect(await seqOf(room), `${actor} changed the session with ${name}`).toBe(before);
        }
        checks++;
      }
    } finally {
      closeAll(room.clients);
    }
  });

  it('J4 without a valid session nobody connects, so no command can be sent', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Locked' });
    const other = await createWorkshop(server.url, { title: 'Other' });
    const refusals = await Promise.all([
      connectError(server.url, { role: 'participant', code: 'ZZZZZZ', name: 'x' }),
      connectError(server.url, { role: 'board', code: 'ZZZZZZ' }),
      connectError(server.url, { role: 'facilitator', workshopId: workshop.id, token: 'nope' }),
      // A real token, for another session.
      connectError(server.url, {
        role: 'facilitator',
        workshopId: workshop.id,
        token: other.facilitatorToken,
      }),
      connectError(server.url, {}),
      connectError(server.url, { role: 'admin', code: workshop.code }),
      connectError(server.url, { role: 'participant', code: workshop.code, name: 'x'.repeat(500) }),
    ]);
    expect(refusals.map((e) => e.data?.code)).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'UNAUTHORIZED',
      'UNAUTHORIZED',
      'INVALID_PAYLOAD',
      'INVALID_PAYLOAD',
      'INVALID_PAYLOAD',
    ]);
    const live = await server.app.service.get(workshop.id);
    expect(live!.state.participants).toHaveLength(0);
    expect(live!.state.seq).toBe(1);
  });
});

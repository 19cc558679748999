import type { Ack } from '../../shared/ack.js';
import type { CommandName } from '../../shared/schemas.js';
import { connectClient, type TestClient, type TestSocket } from './clients.js';
import { createWorkshop, type CreatedWorkshop } from './testServer.js';

/** Sends any command by name with any payload (the tests also send what the types forbid). */
export async function send(
  socket: TestSocket,
  name: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<Ack<unknown>> {
  const timed = socket.timeout(timeoutMs);
  const emit = timed.emitWithAck.bind(timed) as unknown as (
    name: string,
    payload: unknown,
  ) => Promise<Ack<unknown>>;
  return emit(name, payload);
}

/** Sends a command that must succeed. */
export async function must(
  socket: TestSocket,
  name: CommandName,
  payload: unknown,
): Promise<unknown> {
  const ack = await send(socket, name, payload);
  if (!ack.ok) throw new Error(`${name} failed during setup: ${ack.code} ${ack.message}`);
  return ack.data;
}

/**
 * A session in full swing, with every kind of screen: two groups, a card by `author` in group
 * A, themes t1 (holding it) and t2, a suggestion s1 that can be undone, a running step with a
 * timer, voting open on themes with a vote on t1 from every participant, and a second
 * facilitator link. Enough that every command has something valid to act on.
 */
export interface Room {
  workshop: CreatedWorkshop;
  facilitator: TestClient;
  /** Participant of group A who wrote card c1. */
  author: TestClient;
  /** Another participant of group A. */
  groupmate: TestClient;
  /** A participant of group B. */
  otherGroup: TestClient;
  board: TestClient;
  groupA: string;
  groupB: string;
  secondLinkId: string;
  clients: TestClient[];
}

export async function setUpRoom(url: string, title = 'Matrix'): Promise<Room> {
  const workshop = await createWorkshop(url, { title, groups: ['A', 'B'] });
  const [groupA, groupB] = workshop.groups.map((g) => g.id) as [string, string];
  const facilitator = await connectClient(url, {
    role: 'facilitator',
    workshopId: workshop.id,
    token: workshop.facilitatorToken,
  });
  const participant = (name: string, groupId: string) =>
    connectClient(url, { role: 'participant', code: workshop.code, name, groupId });
  const author = await participant('Ana', groupA);
  const groupmate = await participant('Bo', groupA);
  const otherGroup = await participant('Chi', groupB);
  const board = await connectClient(url, { role: 'board', code: workshop.code });

  const f = facilitator.socket;
  await must(f, 'agenda:set', {
    steps: [{ title: 'Post findings', posting: true, visibility: 'all', durationSec: 600 }],
  });
  await must(f, 'step:goto', { index: 0 });
  await must(author.socket, 'card:post', { id: 'c1', text: 'Libraries and job centres' });
  await must(otherGroup.socket, 'card:post', { id: 'c3', text: 'Reading clubs in prisons' });
  await must(f, 'card:post', { id: 'c4', text: 'Whole-room card' });
  await must(f, 'theme:create', { id: 't1', label: 'Work', cardIds: ['c1'] });
  await must(f, 'theme:create', { id: 't2', label: 'Reading' });
  await must(f, 'themes:apply', {
    suggestionId: 's1',
    themes: [{ id: 't3', label: 'Prisons', cardIds: ['c3'] }],
  });
  await must(f, 'voting:open', { target: 'themes', perParticipant: 3 });
  for (const p of [author, groupmate, otherGroup])
    await must(p.socket, 'vote:cast', { targetId: 't1' });
  const link = (await must(f, 'facilitator:createLink', { label: 'Co-host' })) as {
    linkId: string;
  };
  return {
    workshop,
    facilitator,
    author,
    groupmate,
    otherGroup,
    board,
    groupA,
    groupB,
    secondLinkId: link.linkId,
    clients: [facilitator, author, groupmate, otherGroup, board],
  };
}

export interface CommandCase {
  /** A payload that is valid for this command in the room. */
  payload: unknown;
  /** Facilitator commands run first so that the command is possible (e.g. pause before resume). */
  prepare?: { name: CommandName; payload: unknown }[];
}

/**
 * A valid payload for every command, in a room made by `setUpRoom`; `actorTag` keeps the ids
 * of new things apart per actor. Typed as a full record, so a command added to
 * `commandSchemas` without a case here fails to compile.
 */
export function commandCases(room: Room, actorTag: string): Record<CommandName, CommandCase> {
  const participantId = room.groupmate.snapshot!.me!.id;
  return {
    'card:post': { payload: { id: `post-${actorTag}`, text: 'A new finding' } },
    'workshop:sync': { payload: { since: 0 } },
    'card:move': { payload: { cardId: 'c1', themeId: 't2' } },
    'theme:create': { payload: { id: `theme-${actorTag}`, label: 'New theme' } },
    'theme:rename': { payload: { themeId: 't1', label: 'Employment' } },
    'theme:lock': { payload: { themeId: 't1', locked: true } },
    'theme:delete': { payload: { themeId: 't2' } },
    'theme:merge': { payload: { themeIds: ['t1', 't2'], intoId: 't1' } },
    'theme:split': { payload: { themeId: 't1', cardIds: ['c1'], label: 'Split off' } },
    'themes:suggest': { payload: {} },
    'themes:apply': {
      payload: { suggestionId: 's2', themes: [{ id: 't9', label: 'Whole room', cardIds: ['c4'] }] },
    },
    'themes:undo': { payload: { suggestionId: 's1' } },
    'workshop:update': { payload: { title: 'Renamed session' } },
    'groups:configure': { payload: { mode: 'auto', cap: 10 } },
    'group:add': { payload: { name: 'C' } },
    'group:rename': { payload: { groupId: room.groupB, name: 'B prime' } },
    'participant:move': { payload: { participantId, groupId: room.groupB } },
    'participant:remove': { payload: { participantId } },
    'card:edit': { payload: { cardId: 'c1', text: 'Libraries and job centres, weekly' } },
    'card:hide': { payload: { cardId: 'c3', hidden: true } },
    'card:delete': { payload: { cardId: 'c3' } },
    'agenda:set': { payload: { steps: [{ title: 'Discuss', posting: false }] } },
    'step:goto': { payload: { index: -1 } },
    'step:reveal': { payload: {} },
    'timer:start': { payload: { durationSec: 120 } },
    'timer:pause': { payload: {} },
    'timer:resume': {
      payload: {},
      prepare: [{ name: 'timer:pause', payload: {} }],
    },
    'timer:extend': { payload: { seconds: 60 } },
    'voting:open': { payload: { target: 'cards', perParticipant: 2 } },
    'voting:close': { payload: {} },
    'vote:cast': { payload: { targetId: 't2' } },
    'vote:retract': { payload: { targetId: 't1' } },
    'facilitator:createLink': { payload: { label: 'Another' } },
    'facilitator:revokeLink': { payload: { linkId: room.secondLinkId } },
    'board:display': { payload: { spotlight: { kind: 'theme', id: 't1' }, colorScheme: 'dark' } },
  };
}

export function closeAll(clients: TestClient[]): void {
  for (const c of clients) c.close();
}

import { beforeEach, describe, expect, it } from 'vitest';
import { connectError, type TestClient } from '../helpers/clients.js';
import { createWorkshop, type CreatedWorkshop } from '../helpers/testServer.js';
import { useServer } from '../helpers/useServer.js';

const live = useServer();
const { connect, joinGroup } = live;
let workshop: CreatedWorkshop;

beforeEach(async () => {
  workshop = await createWorkshop(live.server.url, {
    title: 'Powerful partnerships',
    groups: ['Moldova', 'Vietnam'],
  });
});

describe('REST', () => {
  it('W1 POST /api/workshops creates a session with a join code and groups', async () => {
    expect(workshop.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(workshop.facilitatorToken.length).toBeGreaterThanOrEqual(22);
    expect(workshop.groups.map((g) => g.name)).toEqual(['Moldova', 'Vietnam']);
    const health = await fetch(`${live.server.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('L4 a bad create request is 400 INVALID_PAYLOAD', async () => {
    const res = await fetch(`${live.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    const broken = await fetch(`${live.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    });
    expect(broken.status).toBe(400);
  });

  it('W2 GET /api/join/:code finds the session case-insensitively', async () => {
    const res = await fetch(`${live.server.url}/api/join/${workshop.code.toLowerCase()}`);
    expect(await res.json()).toMatchObject({ code: workshop.code, title: 'Powerful partnerships' });
    expect((await fetch(`${live.server.url}/api/join/ZZZZZZ`)).status).toBe(404);
  });
});

describe('the live loop', () => {
  it('C1 L1 a card is acknowledged, then broadcast to the board, the facilitator and both groups', async () => {
    const facilitator = await connect({
      role: 'facilitator',
      workshopId: workshop.id,
      token: workshop.facilitatorToken,
    });
    const board = await connect({ role: 'board', code: workshop.code });
    const ana = await joinGroup(workshop, 'Ana', 0);
    const minh = await joinGroup(workshop, 'Minh', 1);
    expect(ana.snapshot!.me).toMatchObject({ name: 'Ana', groupId: workshop.groups[0]!.id });
    expect(ana.snapshot!.me!.participantToken).toBeTruthy();

    const ack = await ana.socket.timeout(5000).emitWithAck('card:post', {
      id: 'card-1',
      text: 'Partnerships accelerate learning.',
      kind: 'finding',
    });
    expect(ack).toMatchObject({
      ok: true,
      data: { card: { id: 'card-1', groupId: workshop.groups[0]!.id } },
    });

    for (const client of [facilitator, board, ana, minh]) {
      await client.until(() => client.state!.cards.some((c) => c.id === 'card-1'));
      expect(client.gaps).toEqual([]);
    }
    const seqs = board.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(board.state!.participants.map((p) => p.name).sort()).toEqual(['Ana', 'Minh']);
  });

  it('J1 participants without a group are spread over the groups', async () => {
    const people: TestClient[] = [];
    for (let i = 0; i < 5; i++)
      people.push(await connect({ role: 'participant', code: workshop.code, name: `p${i}` }));
    const sizes = workshop.groups.map(
      (g) => people.filter((p) => p.snapshot!.me!.groupId === g.id).length,
    );
    expect(sizes.sort()).toEqual([2, 3]);
  });

  it('J3 a participant who comes back with their token is the same person', async () => {
    const first = await connect({ role: 'participant', code: workshop.code, name: 'Ana' });
    const me = first.snapshot!.me!;
    first.close();
    const again = await connect({
      role: 'participant',
      code: workshop.code.toLowerCase(),
      name: 'Ana',
      participantToken: me.participantToken,
    });
    expect(again.snapshot!.me).toMatchObject({ id: me.id, groupId: me.groupId });
    expect(again.state!.participants).toHaveLength(1);
  });

  it('C4 the same card id sent twice makes one card', async () => {
    const ana = await connect({ role: 'participant', code: workshop.code, name: 'Ana' });
    const board = await connect({ role: 'board', code: workshop.code });
    const payload = { id: 'dup-1', text: 'Never stop looking for new partners.' };
    const [a, b] = await Promise.all([
      ana.socket.timeout(5000).emitWithAck('card:post', payload),
      ana.socket.timeout(5000).emitWithAck('card:post', payload),
    ]);
    expect(a).toMatchObject({ ok: true, data: { card: { id: 'dup-1' } } });
    expect(b).toEqual(a);
    await ana.socket.timeout(5000).emitWithAck('card:post', { id: 'after', text: 'marker' });
    await board.until(() => board.state!.cards.some((c) => c.id === 'after'));
    expect(board.state!.cards.filter((c) => c.id === 'dup-1')).toHaveLength(1);
    expect(board.events.filter((e) => e.type === 'card.posted')).toHaveLength(2);
  });

  it('L3 a client that missed events catches up with workshop:sync', async () => {
    const ana = await connect({ role: 'participant', code: workshop.code, name: 'Ana' });
    const seqBefore = ana.state!.seq;
    for (let i = 0; i < 5; i++)
      await ana.socket.timeout(5000).emitWithAck('card:post', { id: `m${i}`, text: `card ${i}` });
    const sync = await ana.socket.timeout(5000).emitWithAck('workshop:sync', { since: seqBefore });
    if (!sync.ok || !('events' in sync.data)) throw new Error('expected events');
    expect(sync.data.events.map((e: { seq: number }) => e.seq)).toEqual(
      [1, 2, 3, 4, 5].map((i) => seqBefore + i),
    );
    expect(JSON.stringify(sync.data.events)).not.toMatch(/Hash/);
    const ahead = await ana.socket.timeout(5000).emitWithAck('workshop:sync', { since: 10_000 });
    expect(ahead.ok && 'snapshot' in ahead.data).toBe(true);
  });

  it("L5 snapshots carry no secrets and no other person's token", async () => {
    await connect({ role: 'participant', code: workshop.code, name: 'Ana' });
    const board = await connect({ role: 'board', code: workshop.code });
    const text = JSON.stringify(board.snapshot);
    expect(text).not.toMatch(/Hash|participantToken|facilitatorToken/);
    expect(text).not.toContain(workshop.facilitatorToken);
  });
});

describe('refusals', () => {
  it('L4 bad payloads get INVALID_PAYLOAD and change nothing', async () => {
    const ana = await connect({ role: 'participant', code: workshop.code, name: 'Ana' });
    const bad: unknown[] = [
      null,
      'text',
      42,
      {},
      { text: '' },
      { text: '   ' },
      { text: 'x'.repeat(1001) },
      { text: 'ok', kind: 'rant' },
      { text: 'ok', id: 'has spaces' },
      { text: 'ok', id: 'x'.repeat(65) },
      { text: ['array'] },
      { text: 'ok', groupId: { $ne: null } },
    ];
    for (const payload of bad) {
      const ack = await ana.socket.timeout(5000).emitWithAck('card:post', payload as never);
      expect(ack).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
      expect((ack as { message: string }).message.length).toBeGreaterThan(0);
    }
    const sync = await ana.socket.timeout(5000).emitWithAck('workshop:sync', { since: -1 });
    expect(sync).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    const after = await connect({ role: 'board', code: workshop.code });
    expect(after.state!.cards).toHaveLength(0);
    expect(after.state!.seq).toBe(ana.state!.seq);
  });

  it('C2 a participant cannot post into another group', async () => {
    const ana = await joinGroup(workshop, 'Ana', 0);
    const ack = await ana.socket
      .timeout(5000)
      .emitWithAck('card:post', { text: 'sneaky', groupId: workshop.groups[1]!.id });
    expect(ack).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('C3 a board cannot post', async () => {
    const board = await connect({ role: 'board', code: workshop.code });
    const ack = await board.socket
      .timeout(5000)
      .emitWithAck('card:post', { text: 'from the projector' });
    expect(ack).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('J4 a wrong code, a wrong token or a malformed handshake is refused with a reason', async () => {
    const unknownCode = await connectError(live.server.url, { role: 'board', code: 'ZZZZZZ' });
    expect(unknownCode.message).toMatch(/NOT_FOUND/);
    expect(unknownCode.data?.code).toBe('NOT_FOUND');
    const wrongToken = await connectError(live.server.url, {
      role: 'facilitator',
      workshopId: workshop.id,
      token: 'guess',
    });
    expect(wrongToken.data?.code).toBe('UNAUTHORIZED');
    const unknownWorkshop = await connectError(live.server.url, {
      role: 'facilitator',
      workshopId: 'nope',
      token: workshop.facilitatorToken,
    });
    expect(unknownWorkshop.data?.code).toBe('NOT_FOUND');
    const malformed = await connectError(live.server.url, { role: 'admin' });
    expect(malformed.data?.code).toBe('INVALID_PAYLOAD');
    const badGroup = await connectError(live.server.url, {
      role: 'participant',
      code: workshop.code,
      name: 'x',
      groupId: 'nope',
    });
    expect(badGroup.data?.code).toBe('NOT_FOUND');
  });
});

import { describe, expect, it } from 'vitest';
import { viewState, type Audience } from '../../shared/views.js';
import { connectError, type TestClient } from '../helpers/clients.js';
import { publicState } from '../helpers/publicState.js';
import { createWorkshop, type CreatedWorkshop } from '../helpers/testServer.js';
import { useServer } from '../helpers/useServer.js';

const live = useServer();
const { connect, joinGroup } = live;
const asFacilitator = (w: CreatedWorkshop) =>
  connect({ role: 'facilitator', workshopId: w.id, token: w.facilitatorToken });

/** Waits until a screen has caught up with the server, then compares it with its audience's view. */
async function expectInStep(client: TestClient, workshopId: string, audience: Audience) {
  const server_ = await publicState(live.server.app.service, workshopId);
  await client.until(() => client.state!.seq === server_.seq);
  expect(client.state).toEqual(viewState(server_, audience));
}

describe('a whole session over the wire', () => {
  it("W3 a board's first snapshot of a template session shows the nine examples and the agenda", async () => {
    const w = await createWorkshop(live.server.url, {
      title: 'Next Library',
      template: 'library-partnerships',
    });
    const board = await connect({ role: 'board', code: w.code });
    const countries = board
      .snapshot!.cards.filter((c) => c.kind === 'example')
      .map((c) => c.country);
    expect(new Set(countries).size).toBe(9);
    expect(board.snapshot!.agenda.steps.length).toBeGreaterThanOrEqual(3);
    expect(board.snapshot!.agenda.steps.every((s) => s.prompt.length > 0)).toBe(true);
    const bad = await fetch(`${live.server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', template: 'nope' }),
    });
    expect(bad.status).toBe(400);
  });

  it('P1 A3 a private step shows each group only its own cards until revealed; every screen stays in step', async () => {
    const w = await createWorkshop(live.server.url, { title: 'Private', groups: ['A', 'B'] });
    const facilitator = await asFacilitator(w);
    const board = await connect({ role: 'board', code: w.code });
    const ana = await joinGroup(w, 'Ana', 0);
    const bo = await joinGroup(w, 'Bo', 1);
    await facilitator.socket.emitWithAck('agenda:set', {
      steps: [{ title: 'Write privately', visibility: 'group' }, { title: 'Share' }],
    });
    await facilitator.socket.emitWithAck('step:goto', { index: 0 });
    await ana.socket.emitWithAck('card:post', { id: 'secret-a', text: 'our idea' });
    await bo.socket.emitWithAck('card:post', { id: 'secret-b', text: 'their idea' });
    const late = await joinGroup(w, 'Late', 0);
    expect(late.snapshot!.agenda.current).toBe(0);

    await expectInStep(board, w.id, { role: 'board' });
    await expectInStep(ana, w.id, { role: 'group', groupId: w.groups[0]!.id });
    await expectInStep(facilitator, w.id, { role: 'facilitator' });
    expect(board.state!.cards.map((c) => c.id)).toEqual([]);
    expect(ana.state!.cards.map((c) => c.id)).toEqual(['secret-a']);
    expect(late.state!.cards.map((c) => c.id)).toEqual(['secret-a']);
    expect(JSON.stringify(board.events)).not.toContain('their idea');
    expect(JSON.stringify(ana.events)).not.toContain('their idea');

    await facilitator.socket.emitWithAck('step:reveal', {});
    await expectInStep(board, w.id, { role: 'board' });
    await expectInStep(bo, w.id, { role: 'group', groupId: w.groups[1]!.id });
    expect(board.state!.cards.map((c) => c.id).sort()).toEqual(['secret-a', 'secret-b']);
    for (const c of [board, ana, bo, facilitator]) expect(c.gaps).toEqual([]);
  });

  it('P3 P4 V1 anonymous names and hidden counts stay on the server until voting closes', async () => {
    const w = await createWorkshop(live.server.url, {
      title: 'Vote',
      groupCount: 2,
      anonymous: true,
    });
    const facilitator = await asFacilitator(w);
    const board = await connect({ role: 'board', code: w.code });
    const ana = await connect({ role: 'participant', code: w.code, name: 'Ana Popescu' });
    await facilitator.socket.emitWithAck('card:post', {
      id: 'c1',
      text: 'Partnerships accelerate learning.',
    });
    await facilitator.socket.emitWithAck('voting:open', {
      target: 'cards',
      perParticipant: 1,
      counts: 'hidden',
    });
    expect(await ana.socket.emitWithAck('vote:cast', { targetId: 'c1' })).toMatchObject({
      ok: true,
    });
    expect(await ana.socket.emitWithAck('vote:cast', { targetId: 'c1' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    await expectInStep(board, w.id, { role: 'board' });
    expect(board.state!.votes).toEqual([]);
    expect(JSON.stringify([board.snapshot, board.events])).not.toContain('Ana Popescu');
    expect(ana.snapshot!.me!.name).toBe('Ana Popescu');
    await facilitator.until(() => facilitator.state!.votes.length === 1);
    await facilitator.socket.emitWithAck('voting:close', {});
    await expectInStep(board, w.id, { role: 'board' });
    expect(board.state!.votes).toHaveLength(1);
    expect(facilitator.state!.participants[0]!.name).toBe('Ana Popescu');
  });

  it('M2 a removed participant is disconnected and their token no longer works', async () => {
    const w = await createWorkshop(live.server.url, { title: 'Remove', groupCount: 2 });
    const facilitator = await asFacilitator(w);
    const troll = await connect({ role: 'participant', code: w.code, name: 'Troll' });
    const me = troll.snapshot!.me!;
    const notice = new Promise((resolve) => troll.socket.once('workshop:notice', resolve));
    const gone = new Promise((resolve) => troll.socket.once('disconnect', resolve));
    await facilitator.socket.emitWithAck('participant:remove', { participantId: me.id });
    expect(await notice).toMatchObject({ code: 'REMOVED' });
    await gone;
    const back = await connect({
      role: 'participant',
      code: w.code,
      name: 'Troll',
      participantToken: me.participantToken,
    });
    expect(back.snapshot!.me!.id).not.toBe(me.id);
  });

  it('F1 a co-facilitator link works until it is revoked', async () => {
    const w = await createWorkshop(live.server.url, { title: 'Co', groupCount: 1 });
    const main = await asFacilitator(w);
    const created = await main.socket.emitWithAck('facilitator:createLink', { label: 'Maria' });
    if (!created.ok) throw new Error(created.message);
    const co = await connect({ role: 'facilitator', workshopId: w.id, token: created.data.token });
    expect(co.state!.facilitatorLinks.map((l) => l.label)).toContain('Maria');
    const gone = new Promise((resolve) => co.socket.once('disconnect', resolve));
    await main.socket.emitWithAck('facilitator:revokeLink', { linkId: created.data.linkId });
    await gone;
    const refused = await connectError(live.server.url, {
      role: 'facilitator',
      workshopId: w.id,
      token: created.data.token,
    });
    expect(refused.data?.code).toBe('UNAUTHORIZED');
    expect(main.socket.connected).toBe(true);
  });

  it("G3 a moved participant sees their new group's private cards", async () => {
    const w = await createWorkshop(live.server.url, { title: 'Move', groups: ['A', 'B'] });
    const facilitator = await asFacilitator(w);
    const ana = await joinGroup(w, 'Ana', 0);
    const bo = await joinGroup(w, 'Bo', 1);
    await facilitator.socket.emitWithAck('agenda:set', {
      steps: [{ title: 'Private', visibility: 'group' }],
    });
    await facilitator.socket.emitWithAck('step:goto', { index: 0 });
    await bo.socket.emitWithAck('card:post', { id: 'b1', text: 'B only' });
    await facilitator.socket.emitWithAck('participant:move', {
      participantId: ana.snapshot!.me!.id,
      groupId: w.groups[1]!.id,
    });
    await expectInStep(ana, w.id, { role: 'group', groupId: w.groups[1]!.id });
    expect(ana.state!.cards.map((c) => c.id)).toEqual(['b1']);
    await bo.socket.emitWithAck('card:post', { id: 'b2', text: 'B again' });
    await ana.until(() => ana.state!.cards.some((c) => c.id === 'b2'));
  });
});

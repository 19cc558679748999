import { beforeEach, describe, expect, it } from 'vitest';
import { publicState } from '../helpers/publicState.js';
import { createWorkshop, type CreatedWorkshop } from '../helpers/testServer.js';
import { useServer } from '../helpers/useServer.js';

const live = useServer();
const { connect } = live;
let workshop: CreatedWorkshop;

beforeEach(async () => {
  workshop = await createWorkshop(live.server.url, { title: 'Themes', groupCount: 2 });
});

const CARDS = [
  'Partnerships accelerate learning for library staff',
  'Learning together with partners speeds up staff learning',
  'Training staff through partner courses accelerates learning',
  'Partners extend the library capacity when budgets are limited',
  'With few resources, partners let the library do more',
  'Limited budget? Partnerships extend what the library can do',
  'End a partnership that is not working',
  'If a partnership fails, let it die and move on',
  'Stop partnerships that do not work for both sides',
];

describe('themes, live', () => {
  it('T1 T4 T8 the facilitator suggests, applies and undoes; every screen ends in the server state', async () => {
    const facilitator = await connect({
      role: 'facilitator',
      workshopId: workshop.id,
      token: workshop.facilitatorToken,
    });
    const board = await connect({ role: 'board', code: workshop.code });
    const phone = await connect({ role: 'participant', code: workshop.code, name: 'Ana' });
    for (const [i, text] of CARDS.entries()) {
      await phone.socket.timeout(5000).emitWithAck('card:post', { id: `c${i}`, text });
    }
    expect(await phone.socket.timeout(5000).emitWithAck('themes:suggest', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });

    const suggested = await facilitator.socket.timeout(10_000).emitWithAck('themes:suggest', {});
    if (!suggested.ok) throw new Error(suggested.message);
    const preview = suggested.data;
    expect(preview.themes.length).toBeGreaterThanOrEqual(2);
    for (const t of preview.themes) expect(t.label.trim()).not.toBe('');
    // A preview changes nothing.
    expect(board.state!.themes).toEqual([]);

    const applied = await facilitator.socket.timeout(5000).emitWithAck('themes:apply', {
      suggestionId: preview.suggestionId,
      themes: preview.themes,
    });
    expect(applied.ok).toBe(true);
    const seq = applied.ok ? applied.data.seq : 0;
    for (const c of [facilitator, board, phone]) await c.until(() => c.state!.seq >= seq);
    const serverState = publicState(live.server.app.service, workshop.id);
    for (const c of [facilitator, board, phone]) {
      expect(c.state!.themes).toEqual((await serverState).themes);
      expect(c.gaps).toEqual([]);
    }

    // Asking again keeps the ids of the themes on the board.
    const again = await facilitator.socket.timeout(10_000).emitWithAck('themes:suggest', {});
    if (!again.ok) throw new Error(again.message);
    const boardIds = new Set(board.state!.themes.map((t) => t.id));
    expect(again.data.themes.filter((t: { isNew: boolean }) => !t.isNew).length).toBeGreaterThan(0);
    for (const t of again.data.themes.filter((t: { isNew: boolean }) => !t.isNew))
      expect(boardIds.has(t.id)).toBe(true);

    const undone = await facilitator.socket
      .timeout(5000)
      .emitWithAck('themes:undo', { suggestionId: preview.suggestionId });
    expect(undone.ok).toBe(true);
    await board.until(() => board.state!.themes.length === 0);
  });

  it('T2 T5 with no facilitator screen open, a new card lands in the theme it resembles', async () => {
    const facilitator = await connect({
      role: 'facilitator',
      workshopId: workshop.id,
      token: workshop.facilitatorToken,
    });
    const phone = await connect({ role: 'participant', code: workshop.code, name: 'Ana' });
    for (const [i, text] of CARDS.entries()) {
      await phone.socket.timeout(5000).emitWithAck('card:post', { id: `c${i}`, text });
    }
    await facilitator.socket.timeout(5000).emitWithAck('theme:create', {
      id: 'learning',
      label: 'Learning',
      cardIds: ['c0', 'c1', 'c2'],
    });
    await facilitator.socket.timeout(5000).emitWithAck('theme:create', {
      id: 'capacity',
      label: 'Capacity',
      cardIds: ['c3', 'c4', 'c5'],
    });
    await facilitator.socket
      .timeout(5000)
      .emitWithAck('theme:create', { id: 'ending', label: 'Ending', cardIds: ['c6', 'c7', 'c8'] });
    facilitator.close();

    const capacity = await phone.socket.timeout(5000).emitWithAck('card:post', {
      text: 'Partners extend the capacity of a library with a small budget',
    });
    expect(capacity.ok && capacity.data.card.themeId).toBe('capacity');
    // A card in another language reaches the same theme through the glossary.
    const ending = await phone.socket.timeout(5000).emitWithAck('card:post', {
      text: 'Si una alianza fracasa, hay que terminarla y seguir adelante',
    });
    expect(ending.ok && ending.data.card.themeId).toBe('ending');
    const unrelated = await phone.socket
      .timeout(5000)
      .emitWithAck('card:post', { text: 'zxqv blorp' });
    expect(unrelated.ok && unrelated.data.card.themeId).toBeNull();
    // Nothing that was on the board moved.
    await phone.until(() => phone.state!.cards.length === CARDS.length + 3);
    expect(phone.state!.themes.find((t) => t.id === 'learning')!.cardIds).toEqual([
      'c0',
      'c1',
      'c2',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { memoryLog } from '../helpers/memoryLog.js';
import { alignSuggestion } from '../../shared/alignSuggestion.js';
import type { Actor } from '../../shared/commands.js';
import { decide } from '../../shared/decide.js';
import { evolve } from '../../shared/evolve.js';
import type { PublicState, Theme } from '../../shared/model.js';

const facilitator: Actor = { role: 'facilitator' };

/** A session with six cards and a log, driven like the server drives it. */
function board() {
  let n = 0;
  const ctx = { now: '2026-11-27T10:00:00.000Z', newId: () => `n${++n}` };
  const memory = memoryLog(ctx, facilitator);
  const { run, log } = memory;
  run(
    {
      type: 'workshop.create',
      workshopId: 'w',
      code: 'ABC234',
      title: 'T',
      groupNames: ['A'],
      facilitatorTokenHash: 'h',
    },
    { role: 'system' },
  );
  for (const id of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'])
    run({ type: 'card.post', id, text: `card ${id}` });
  const s = {
    run,
    log,
    get state() {
      return memory.state;
    },
    theme: (id: string) => memory.state.themes.find((t) => t.id === id),
    card: (id: string) => memory.state.cards.find((c) => c.id === id)!,
  };
  return s;
}

/** Both sides of every link agree: card.themeId ⇔ theme.cardIds. */
function expectConsistent(state: PublicState) {
  for (const card of state.cards) {
    const holders = state.themes.filter((t) => t.cardIds.includes(card.id)).map((t) => t.id);
    expect(holders).toEqual(card.themeId ? [card.themeId] : []);
  }
}

describe('themes', () => {
  it('T1 only the facilitator arranges themes', () => {
    const s = board();
    const others: Actor[] = [{ role: 'board' }, { role: 'participant', participantId: 'p' }];
    for (const actor of others) {
      expect(s.run({ type: 'theme.create', label: 'x' }, actor)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(s.run({ type: 'card.move', cardId: 'c1', themeId: null }, actor)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(s.run({ type: 'themes.apply', themes: [] }, actor)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(s.state.themes).toEqual([]);
  });

  it('T2 a placed card joins an open theme, never a locked one', () => {
    const s = board();
    s.run({ type: 'theme.create', id: 't1', label: 'Learning', cardIds: ['c1'] });
    s.run({ type: 'card.post', id: 'c7', text: 'new', themeId: 't1' });
    expect(s.card('c7')).toMatchObject({ themeId: 't1', pinned: false });
    s.run({ type: 'theme.lock', themeId: 't1', locked: true });
    s.run({ type: 'card.post', id: 'c8', text: 'newer', themeId: 't1' });
    expect(s.card('c8').themeId).toBeNull();
    expectConsistent(s.state);
  });

  it('T3 applying a suggestion leaves pinned cards and frozen themes alone', () => {
    const s = board();
    s.run({ type: 'theme.create', id: 'mine', label: 'Mine', cardIds: ['c1'] });
    s.run({
      type: 'themes.apply',
      suggestionId: 's1',
      themes: [{ id: 'auto', label: 'Auto', cardIds: ['c2', 'c3'] }],
    });
    s.run({ type: 'theme.lock', themeId: 'auto', locked: true });
    const decision = s.run({
      type: 'themes.apply',
      suggestionId: 's2',
      themes: [
        { id: 'new', label: 'Grab', cardIds: ['c1', 'c2', 'c4'] },
        { id: 'mine', label: 'Renamed by algorithm', cardIds: ['c5'] },
        { id: 'auto', label: 'Relabelled', cardIds: ['c6'] },
      ],
    });
    expect(decision.ok).toBe(true);
    expect(s.card('c1').themeId).toBe('mine');
    expect(s.card('c2').themeId).toBe('auto');
    expect(s.card('c4').themeId).toBe('new');
    expect(s.theme('mine')).toMatchObject({ label: 'Mine', cardIds: ['c1'] });
    expect(s.theme('auto')).toMatchObject({ label: 'Auto', cardIds: ['c2', 'c3'] });
    expectConsistent(s.state);
  });

  it('T4 suggestions keep the ids and positions of matching themes, and skip frozen ones', () => {
    const existing: Theme[] = [
      { id: 'a', label: 'A', cardIds: ['1', '2', '3'], locked: false, manual: false },
      { id: 'b', label: 'B', cardIds: ['4', '5'], locked: false, manual: false },
      { id: 'f', label: 'F', cardIds: ['9'], locked: true, manual: false },
    ];
    let n = 0;
    const aligned = alignSuggestion(
      existing,
      [
        { label: 'new one', cardIds: ['7', '8'] },
        { label: 'b again', cardIds: ['4', '5', '6'] },
        { label: 'a again', cardIds: ['1', '2'] },
        { label: 'frozen', cardIds: ['9', '10'], themeId: 'f' },
      ],
      () => `new${++n}`,
    );
    expect(aligned.map((t) => [t.id, t.label, t.isNew])).toEqual([
      ['a', 'a again', false],
      ['b', 'b again', false],
      ['new1', 'new one', true],
    ]);
  });

  it('T5 a card the facilitator moves is pinned, and suggestions leave it there', () => {
    const s = board();
    s.run({
      type: 'themes.apply',
      suggestionId: 's1',
      themes: [
        { id: 'x', label: 'X', cardIds: ['c1', 'c2'] },
        { id: 'y', label: 'Y', cardIds: ['c3'] },
      ],
    });
    s.run({ type: 'card.move', cardId: 'c1', themeId: 'y' });
    expect(s.card('c1')).toMatchObject({ themeId: 'y', pinned: true });
    s.run({
      type: 'themes.apply',
      suggestionId: 's2',
      themes: [{ id: 'x', label: 'X', cardIds: ['c1', 'c2'] }],
    });
    expect(s.card('c1').themeId).toBe('y');
    expectConsistent(s.state);
  });

  it('T6 delete sends cards to Unsorted, merge gathers them, split makes a theme after the source', () => {
    const s = board();
    s.run({ type: 'theme.create', id: 'a', label: 'A', cardIds: ['c1', 'c2'] });
    s.run({ type: 'theme.create', id: 'b', label: 'B', cardIds: ['c3'] });
    s.run({ type: 'theme.create', id: 'c', label: 'C', cardIds: ['c4', 'c5'] });
    expect(s.run({ type: 'theme.merge', themeIds: ['a', 'b'], intoId: 'a', label: 'A+B' }).ok).toBe(
      true,
    );
    expect(s.theme('a')).toMatchObject({ label: 'A+B', cardIds: ['c1', 'c2', 'c3'], manual: true });
    expect(s.theme('b')).toBeUndefined();
    expect(
      s.run({ type: 'theme.split', themeId: 'a', cardIds: ['c3'], label: 'B again', id: 'b2' }).ok,
    ).toBe(true);
    expect(s.state.themes.map((t) => t.id)).toEqual(['a', 'b2', 'c']);
    expect(
      s.run({ type: 'theme.split', themeId: 'a', cardIds: ['c5'], label: 'no' }),
    ).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    s.run({ type: 'theme.delete', themeId: 'c' });
    expect([s.card('c4').themeId, s.card('c5').themeId]).toEqual([null, null]);
    expectConsistent(s.state);
  });

  it('T7 an accepted suggestion can be undone, except for what the facilitator placed since', () => {
    const s = board();
    s.run({
      type: 'themes.apply',
      suggestionId: 's1',
      themes: [{ id: 'x', label: 'X', cardIds: ['c1', 'c2'] }],
    });
    s.run({
      type: 'themes.apply',
      suggestionId: 's2',
      themes: [
        { id: 'x', label: 'X2', cardIds: ['c3'] },
        { id: 'y', label: 'Y', cardIds: ['c4', 'c5'] },
      ],
    });
    s.run({ type: 'card.move', cardId: 'c5', themeId: 'x' });
    expect(s.run({ type: 'themes.undo', suggestionId: 's1' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(s.run({ type: 'themes.undo', suggestionId: 's2' }).ok).toBe(true);
    expect(s.theme('x')).toMatchObject({ label: 'X' });
    expect(s.theme('y')).toBeUndefined();
    expect(s.card('c3').themeId).toBeNull();
    expect(s.card('c4').themeId).toBeNull();
    expect(s.card('c5').themeId).toBe('x');
    expectConsistent(s.state);
  });

  it('T8 every steering action is one event, and replaying the log gives the same board', () => {
    const s = board();
    const before = s.log.length;
    s.run({ type: 'theme.create', id: 'a', label: 'A', cardIds: ['c1'] });
    s.run({ type: 'theme.rename', themeId: 'a', label: 'Alpha' });
    s.run({ type: 'card.move', cardId: 'c2', themeId: 'a' });
    s.run({ type: 'theme.lock', themeId: 'a', locked: true });
    expect(s.log.length - before).toBe(4);
    const replayed = s.log.reduce<PublicState | null>((st, e) => evolve(st, e), null);
    expect(replayed).toEqual(s.state);
  });
});

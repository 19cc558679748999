import { describe, expect, it } from 'vitest';
import { memoryLog } from '../helpers/memoryLog.js';
import type { Actor } from '../../shared/commands.js';
import { decide } from '../../shared/decide.js';
import { evolve } from '../../shared/evolve.js';

/** A tiny in-memory log, so each test reads like a session. */
function session(groupNames = ['Table 1', 'Table 2', 'Table 3']) {
  let n = 0;
  const ctx = { now: '2026-11-27T10:00:00.000Z', newId: () => `id${++n}` };
  const memory = memoryLog(ctx, { role: 'system' });
  const { run, log } = memory;
  run({
    type: 'workshop.create',
    workshopId: 'w1',
    code: 'ABC234',
    title: 'Partnerships',
    groupNames,
    facilitatorTokenHash: 'hash',
  });
  const join = (name: string, groupId?: string) => {
    const d = run({ type: 'participant.join', name, groupId, tokenHash: `t-${name}` });
    if (!d.ok) return d;
    const e = d.events[0]!;
    if (e.type !== 'participant.joined') throw new Error('expected a join');
    return { ok: true as const, participant: e.participant };
  };
  return {
    run,
    join,
    log,
    get state() {
      return memory.state;
    },
  };
}

describe('sessions', () => {
  it('W1 a session has a title, its code and coloured groups', () => {
    const s = session();
    expect(s.state.workshop).toMatchObject({ id: 'w1', code: 'ABC234', title: 'Partnerships' });
    expect(s.state.groups.map((g) => g.name)).toEqual(['Table 1', 'Table 2', 'Table 3']);
    expect(new Set(s.state.groups.map((g) => g.color)).size).toBe(3);
  });

  it('W1 a session cannot be created twice, nor by a participant', () => {
    const s = session();
    const again = s.run({
      type: 'workshop.create',
      workshopId: 'w1',
      code: 'X',
      title: 't',
      groupNames: ['a'],
      facilitatorTokenHash: 'h',
    });
    expect(again).toMatchObject({ ok: false, code: 'CONFLICT' });
    const byParticipant = decide(
      null,
      {
        type: 'workshop.create',
        workshopId: 'w2',
        code: 'X',
        title: 't',
        groupNames: ['a'],
        facilitatorTokenHash: 'h',
      },
      { role: 'participant', participantId: 'p' },
      { now: '', newId: () => 'x' },
    );
    expect(byParticipant).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('joining', () => {
  it('J1 participants without a group fill the smallest group, earliest first', () => {
    const s = session();
    const groups = Array.from({ length: 7 }, (_, i) => {
      const joined = s.join(`p${i}`);
      if (!joined.ok) throw new Error('join failed');
      return s.state.groups.findIndex((g) => g.id === joined.participant.groupId);
    });
    expect(groups).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('J1 placement balances around people who chose their group', () => {
    const s = session();
    const [g1] = s.state.groups;
    s.join('a', g1!.id);
    s.join('b', g1!.id);
    const placed = s.join('c');
    if (!placed.ok) throw new Error('join failed');
    expect(placed.participant.groupId).toBe(s.state.groups[1]!.id);
  });

  it('J2 a participant joins the group they chose; an unknown group is NOT_FOUND', () => {
    const s = session();
    const g3 = s.state.groups[2]!;
    const chosen = s.join('ana', g3.id);
    expect(chosen.ok && chosen.participant.groupId).toBe(g3.id);
    expect(s.join('bo', 'nope')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(s.state.participants).toHaveLength(1);
  });
});

describe('cards', () => {
  it("C1 a card gets its text, kind (default finding), country and the author's group", () => {
    const s = session();
    const ana = s.join('ana');
    if (!ana.ok) throw new Error('join failed');
    const actor: Actor = { role: 'participant', participantId: ana.participant.id };
    s.run({ type: 'card.post', id: 'c1', text: 'Partnerships accelerate learning.' }, actor);
    s.run(
      {
        type: 'card.post',
        id: 'c2',
        text: 'E-governance in libraries',
        kind: 'example',
        country: 'Moldova',
      },
      actor,
    );
    expect(s.state.cards).toMatchObject([
      {
        id: 'c1',
        kind: 'finding',
        country: null,
        groupId: ana.participant.groupId,
        authorId: ana.participant.id,
        themeId: null,
      },
      { id: 'c2', kind: 'example', country: 'Moldova' },
    ]);
  });

  it('C2 a participant cannot post into another group', () => {
    const s = session();
    const ana = s.join('ana');
    if (!ana.ok) throw new Error('join failed');
    const other = s.state.groups.find((g) => g.id !== ana.participant.groupId)!;
    const decision = s.run(
      { type: 'card.post', text: 'sneaky', groupId: other.id },
      { role: 'participant', participantId: ana.participant.id },
    );
    expect(decision).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(s.state.cards).toHaveLength(0);
  });

  it('C2 someone who is not a participant of the session cannot post', () => {
    const s = session();
    const decision = s.run(
      { type: 'card.post', text: 'hi' },
      { role: 'participant', participantId: 'ghost' },
    );
    expect(decision).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('C3 a board cannot post', () => {
    const s = session();
    expect(s.run({ type: 'card.post', text: 'hi' }, { role: 'board' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('C4 the same id twice makes one card; from someone else it is a CONFLICT', () => {
    const s = session();
    const ana = s.join('ana');
    const bo = s.join('bo');
    if (!ana.ok || !bo.ok) throw new Error('join failed');
    const asAna: Actor = { role: 'participant', participantId: ana.participant.id };
    expect(s.run({ type: 'card.post', id: 'same', text: 'one' }, asAna)).toMatchObject({
      ok: true,
    });
    expect(s.run({ type: 'card.post', id: 'same', text: 'one' }, asAna)).toEqual({
      ok: true,
      events: [],
    });
    const asBo: Actor = { role: 'participant', participantId: bo.participant.id };
    expect(s.run({ type: 'card.post', id: 'same', text: 'two' }, asBo)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    // Ana's phone crashed and rejoined as a new participant; its resend is still her card.
    const again = s.join('ana again');
    if (!again.ok) throw new Error('join failed');
    const asAgain: Actor = { role: 'participant', participantId: again.participant.id };
    expect(s.run({ type: 'card.post', id: 'same', text: 'one' }, asAgain)).toEqual({
      ok: true,
      events: [],
    });
    expect(s.state.cards).toHaveLength(1);
  });

  it('C5 the facilitator posts into any group or to the whole room', () => {
    const s = session();
    const g2 = s.state.groups[1]!;
    s.run(
      { type: 'card.post', id: 'f1', text: 'Inspiration', kind: 'example' },
      { role: 'facilitator' },
    );
    s.run(
      { type: 'card.post', id: 'f2', text: 'For table 2', groupId: g2.id },
      { role: 'facilitator' },
    );
    expect(s.state.cards.map((c) => [c.id, c.groupId, c.authorId])).toEqual([
      ['f1', null, null],
      ['f2', g2.id, null],
    ]);
    expect(
      s.run({ type: 'card.post', text: 'x', groupId: 'nope' }, { role: 'facilitator' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

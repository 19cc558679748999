import { describe, expect, it } from 'vitest';
import { memoryLog } from '../helpers/memoryLog.js';
import type { Actor } from '../../shared/commands.js';
import { decide } from '../../shared/decide.js';
import { evolve } from '../../shared/evolve.js';
import type { PublicState } from '../../shared/model.js';
import { libraryPartnerships } from '../../shared/templates/libraryPartnerships.js';
import { viewState } from '../../shared/views.js';

const facilitator: Actor = { role: 'facilitator' };
const T0 = Date.parse('2026-11-27T10:00:00.000Z');

function session(options: { groups?: string[]; template?: boolean; anonymous?: boolean } = {}) {
  let n = 0;
  let now = T0;
  const ctx = {
    get now() {
      return new Date(now).toISOString();
    },
    newId: () => `id${++n}`,
  };
  const memory = memoryLog(ctx, facilitator);
  const { run } = memory;
  run(
    {
      type: 'workshop.create',
      workshopId: 'w',
      code: 'ABC234',
      title: 'T',
      groupNames: options.groups ?? ['A', 'B'],
      facilitatorTokenHash: 'h',
      anonymous: options.anonymous,
      template: options.template ? libraryPartnerships : undefined,
    },
    { role: 'system' },
  );
  const join = (name: string, extra: { groupId?: string; country?: string } = {}) => {
    const d = run(
      { type: 'participant.join', name, tokenHash: name, ...extra },
      { role: 'system' },
    );
    if (!d.ok) return d;
    const e = d.events[0]!;
    return {
      ok: true as const,
      id: e.type === 'participant.joined' ? e.participant.id : '',
      groupId: e.type === 'participant.joined' ? e.participant.groupId : '',
    };
  };
  const as = (id: string): Actor => ({ role: 'participant', participantId: id });
  return {
    run,
    join,
    as,
    tick: (ms: number) => void (now += ms),
    get state() {
      return memory.state;
    },
  };
}

const joined = (r: ReturnType<ReturnType<typeof session>['join']>) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('templates', () => {
  it('W3 the library-partnerships template brings its agenda, nine examples and three headings', () => {
    const s = session({ template: true });
    expect(s.state.workshop.template).toBe('library-partnerships');
    expect(s.state.agenda.steps.length).toBeGreaterThanOrEqual(3);
    for (const step of s.state.agenda.steps) expect(step.prompt.length).toBeGreaterThan(10);
    expect(s.state.agenda.current).toBe(-1);
    const examples = s.state.cards.filter((c) => c.kind === 'example' && c.authorId === null);
    expect(examples.map((c) => c.country).sort()).toEqual([
      'Colombia',
      'Indonesia',
      'Latvia',
      'Lithuania',
      'Moldova',
      'Poland',
      'Romania',
      'Ukraine',
      'Vietnam',
    ]);
    expect(s.state.themes.map((t) => t.label)).toHaveLength(3);
  });
});

describe('agenda', () => {
  it('A1 the current step decides whether and what participants post', () => {
    const s = session({ template: true });
    const ana = joined(s.join('ana'));
    // Lobby: open.
    expect(s.run({ type: 'card.post', text: 'early', kind: 'finding' }, s.as(ana.id)).ok).toBe(
      true,
    );
    s.run({ type: 'step.goto', index: 0 }); // examples only
    expect(
      s.run({ type: 'card.post', text: 'a finding', kind: 'finding' }, s.as(ana.id)),
    ).toMatchObject({ ok: false, code: 'PHASE_CLOSED' });
    const posted = s.run(
      { type: 'card.post', id: 'ex', text: 'our library and the post office' },
      s.as(ana.id),
    );
    expect(posted.ok).toBe(true);
    expect(s.state.cards.find((c) => c.id === 'ex')!.kind).toBe('example');
    s.run({ type: 'step.goto', index: 4 }); // vote: posting closed
    expect(s.run({ type: 'card.post', text: 'late' }, s.as(ana.id))).toMatchObject({
      ok: false,
      code: 'PHASE_CLOSED',
    });
    expect(s.run({ type: 'card.post', text: 'the facilitator may', kind: 'finding' }).ok).toBe(
      true,
    );
  });

  it('A2 timers run on server time: start, pause, resume, extend', () => {
    const s = session({ template: true });
    s.run({ type: 'step.goto', index: 0 });
    expect(s.state.agenda.timer).toEqual({
      status: 'running',
      endsAt: T0 + 600_000,
      remainingMs: null,
    });
    s.tick(60_000);
    s.run({ type: 'timer.pause' });
    expect(s.state.agenda.timer).toMatchObject({ status: 'paused', remainingMs: 540_000 });
    s.tick(30_000);
    s.run({ type: 'timer.extend', seconds: 60 });
    expect(s.state.agenda.timer.remainingMs).toBe(600_000);
    s.run({ type: 'timer.resume' });
    expect(s.state.agenda.timer).toEqual({
      status: 'running',
      endsAt: T0 + 90_000 + 600_000,
      remainingMs: null,
    });
    expect(s.run({ type: 'timer.resume' })).toMatchObject({ ok: false, code: 'PHASE_CLOSED' });
    s.run({ type: 'step.goto', index: 5 });
    expect(s.state.agenda.timer.status).toBe('idle');
  });

  it('A4 a voting step opens voting on the way in and closes it on the way out', () => {
    const s = session({ template: true });
    const vote = s.state.agenda.steps.findIndex((step) => step.activity === 'vote');
    s.run({ type: 'step.goto', index: vote });
    expect(s.state.voting).toMatchObject({ status: 'open', target: 'cards', perParticipant: 3 });
    s.run({ type: 'step.goto', index: vote + 1 });
    expect(s.state.voting?.status).toBe('closed');
    s.run({ type: 'step.goto', index: 0 });
    expect(s.state.voting?.status).toBe('closed');
  });

  it('A1 an agenda can be edited; the current step stays current', () => {
    const s = session();
    s.run({
      type: 'agenda.set',
      steps: [
        { id: 'a', title: 'One' },
        { id: 'b', title: 'Two', posting: false },
      ],
    });
    s.run({ type: 'step.goto', index: 1 });
    s.run({
      type: 'agenda.set',
      steps: [
        { id: 'z', title: 'Zero' },
        { id: 'a', title: 'One' },
        { id: 'b', title: 'Two' },
      ],
    });
    expect(s.state.agenda.current).toBe(2);
    expect(s.state.agenda.steps[0]).toMatchObject({
      kinds: ['example', 'finding'],
      posting: true,
      visibility: 'all',
    });
  });
});

describe('groups', () => {
  it('G1 choose honours the choice unless the group is full; auto ignores it', () => {
    const s = session();
    const [a, b] = s.state.groups;
    s.run({ type: 'groups.configure', cap: 1 });
    expect(joined(s.join('p1', { groupId: a!.id })).groupId).toBe(a!.id);
    expect(s.join('p2', { groupId: a!.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(joined(s.join('p3')).groupId).toBe(b!.id);
    expect(s.join('p4')).toMatchObject({ ok: false, code: 'CONFLICT' });
    s.run({ type: 'groups.configure', mode: 'auto', cap: null });
    expect(joined(s.join('p5', { groupId: b!.id })).groupId).toBe(a!.id);
  });

  it('G2 automatic placement can spread countries', () => {
    const s = session({ groups: ['A', 'B', 'C'] });
    s.run({ type: 'groups.configure', mode: 'auto', spreadCountries: true });
    const groups = ['Moldova', 'Moldova', 'Moldova', 'Vietnam', 'Vietnam', 'Vietnam'].map(
      (country, i) => joined(s.join(`p${i}`, { country })).groupId,
    );
    expect(new Set(groups.slice(0, 3)).size).toBe(3);
    expect(new Set(groups.slice(3)).size).toBe(3);
  });

  it('G3 the facilitator moves a participant', () => {
    const s = session();
    const ana = joined(s.join('ana'));
    const other = s.state.groups.find((g) => g.id !== ana.groupId)!;
    s.run({ type: 'participant.move', participantId: ana.id, groupId: other.id });
    expect(s.state.participants[0]!.groupId).toBe(other.id);
    expect(
      s.run({ type: 'participant.move', participantId: ana.id, groupId: other.id }, s.as(ana.id)),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('privacy', () => {
  it('P1 in a private step each group sees its own cards until the facilitator reveals them', () => {
    const s = session();
    const ana = joined(s.join('ana'));
    const bo = joined(s.join('bo'));
    s.run({ type: 'agenda.set', steps: [{ id: 'p', title: 'Private', visibility: 'group' }] });
    s.run({ type: 'step.goto', index: 0 });
    s.run({ type: 'card.post', id: 'a1', text: 'from A' }, s.as(ana.id));
    s.run({ type: 'card.post', id: 'f1', text: 'from the facilitator' });
    const ids = (state: PublicState) => state.cards.map((c) => c.id);
    expect(ids(viewState(s.state, { role: 'group', groupId: ana.groupId }))).toEqual(['a1', 'f1']);
    expect(ids(viewState(s.state, { role: 'group', groupId: bo.groupId }))).toEqual(['f1']);
    expect(ids(viewState(s.state, { role: 'board' }))).toEqual(['f1']);
    s.run({ type: 'step.reveal' });
    expect(ids(viewState(s.state, { role: 'board' }))).toEqual(['a1', 'f1']);
  });

  it('P2 a hidden card reaches only facilitators', () => {
    const s = session();
    s.run({ type: 'card.post', id: 'c', text: 'rude' });
    s.run({ type: 'card.hide', cardId: 'c', hidden: true });
    expect(viewState(s.state, { role: 'board' }).cards).toEqual([]);
    expect(viewState(s.state, { role: 'facilitator' }).cards).toHaveLength(1);
    s.run({ type: 'card.hide', cardId: 'c', hidden: false });
    expect(viewState(s.state, { role: 'board' }).cards).toHaveLength(1);
  });

  it('P3 in an anonymous session names reach only facilitators', () => {
    const s = session({ anonymous: true });
    s.join('Ana Popescu');
    expect(JSON.stringify(viewState(s.state, { role: 'board' }))).not.toContain('Ana Popescu');
    expect(JSON.stringify(viewState(s.state, { role: 'facilitator' }))).toContain('Ana Popescu');
  });

  it('P4 with hidden counts the board sees votes only once voting closes', () => {
    const s = session();
    const ana = joined(s.join('ana'));
    s.run({ type: 'card.post', id: 'c', text: 'x' });
    s.run({
      type: 'voting.open',
      settings: { target: 'cards', perParticipant: 2, allowMultiple: false, counts: 'hidden' },
    });
    s.run({ type: 'vote.cast', targetId: 'c' }, s.as(ana.id));
    expect(viewState(s.state, { role: 'board' }).votes).toEqual([]);
    s.run({ type: 'voting.close' });
    expect(viewState(s.state, { role: 'board' }).votes).toHaveLength(1);
  });
});

describe('voting', () => {
  it('V1 V2 V3 votes within budget, once per item unless allowed, only while open', () => {
    const s = session();
    const ana = joined(s.join('ana'));
    s.run({ type: 'card.post', id: 'c1', text: 'one' });
    s.run({ type: 'card.post', id: 'c2', text: 'two' });
    const vote = (targetId: string) => s.run({ type: 'vote.cast', targetId }, s.as(ana.id));
    expect(vote('c1')).toMatchObject({ ok: false, code: 'PHASE_CLOSED' });
    s.run({
      type: 'voting.open',
      settings: { target: 'cards', perParticipant: 2, allowMultiple: false, counts: 'live' },
    });
    expect(vote('c1').ok).toBe(true);
    expect(vote('c1')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(vote('nope')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(vote('c2').ok).toBe(true);
    s.run({ type: 'card.post', id: 'c3', text: 'three' });
    expect(vote('c3')).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(s.run({ type: 'vote.retract', targetId: 'c1' }, s.as(ana.id)).ok).toBe(true);
    expect(vote('c3').ok).toBe(true);
    s.run({
      type: 'voting.open',
      settings: { target: 'cards', perParticipant: 3, allowMultiple: true, counts: 'live' },
    });
    expect([vote('c1'), vote('c1'), vote('c1')].every((d) => d.ok)).toBe(true);
    expect(vote('c1')).toMatchObject({ code: 'CONFLICT' });
    expect(s.run({ type: 'vote.cast', targetId: 'c1' })).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('moderation', () => {
  it('M1 participants edit their own cards; the facilitator edits, hides and deletes any', () => {
    const s = session();
    const ana = joined(s.join('ana'));
    const bo = joined(s.join('bo'));
    s.run({ type: 'card.post', id: 'c', text: 'typo' }, s.as(ana.id));
    expect(s.run({ type: 'card.edit', cardId: 'c', text: 'fixed' }, s.as(ana.id)).ok).toBe(true);
    expect(s.run({ type: 'card.edit', cardId: 'c', text: 'mine now' }, s.as(bo.id))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(s.run({ type: 'card.hide', cardId: 'c', hidden: true }, s.as(ana.id))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(s.run({ type: 'card.edit', cardId: 'c', text: 'by the facilitator' }).ok).toBe(true);
    expect(s.state.cards[0]).toMatchObject({ text: 'by the facilitator' });
    expect(s.run({ type: 'card.delete', cardId: 'c' }).ok).toBe(true);
    expect(s.state.cards).toEqual([]);
  });

  it('F1 the last facilitator link cannot be revoked', () => {
    const s = session();
    expect(s.run({ type: 'facilitator.revokeLink', linkId: 'main' })).toMatchObject({
      code: 'CONFLICT',
    });
    s.run({ type: 'facilitator.createLink', label: 'Co', tokenHash: 'h2' });
    expect(s.state.facilitatorLinks).toHaveLength(2);
    expect(s.run({ type: 'facilitator.revokeLink', linkId: 'main' }).ok).toBe(true);
    expect(s.state.facilitatorLinks.map((l) => l.label)).toEqual(['Co']);
  });

  it('B1 the spotlight takes only an existing theme or card', () => {
    const s = session();
    s.run({ type: 'card.post', id: 'c', text: 'x' });
    expect(
      s.run({ type: 'board.display', spotlight: { kind: 'theme', id: 'nope' } }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      s.run({ type: 'board.display', spotlight: { kind: 'card', id: 'c' }, colorScheme: 'dark' })
        .ok,
    ).toBe(true);
    expect(s.state.board).toEqual({ spotlight: { kind: 'card', id: 'c' }, colorScheme: 'dark' });
  });
});

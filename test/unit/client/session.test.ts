import { describe, expect, it } from 'vitest';
import { formatClock, remainingMs } from '../../../client/src/lib/timer.js';
import { rankByVotes } from '../../../client/src/lib/tally.js';
import { boardColumns } from '../../../client/src/routes/board/columns.js';
import type { Card, PublicState } from '../../../shared/model.js';

describe('step timer in server time', () => {
  const endsAt = 1_000_000;
  it('counts down from the server clock, whatever the phone clock says', () => {
    const timer = { status: 'running' as const, endsAt, remainingMs: null };
    // Server now = 940_000 (60 s left). A phone 5 minutes fast and one 2 hours slow agree.
    expect(remainingMs(timer, 940_000 + 300_000, -300_000)).toBe(60_000);
    expect(remainingMs(timer, 940_000 - 7_200_000, 7_200_000)).toBe(60_000);
  });
  it('never goes below zero; paused shows what was left; idle has no timer', () => {
    expect(remainingMs({ status: 'running', endsAt, remainingMs: null }, endsAt + 5000, 0)).toBe(0);
    expect(remainingMs({ status: 'paused', endsAt: null, remainingMs: 42_000 }, 0, 0)).toBe(42_000);
    expect(remainingMs({ status: 'idle', endsAt: null, remainingMs: null }, 0, 0)).toBeNull();
  });
  it('formats minutes and seconds, rounding up', () => {
    expect(formatClock(754_000)).toBe('12:34');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });
});

describe('results', () => {
  it('ranks by votes, ties share a rank and keep board order', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const votes = ['b', 'c', 'b', 'c', 'a'].map((targetId) => ({ participantId: 'p', targetId }));
    expect(rankByVotes(items, votes).map((r) => [r.item.id, r.votes, r.rank])).toEqual([
      ['b', 2, 1],
      ['c', 2, 1],
      ['a', 1, 3],
    ]);
  });
});

describe('board columns', () => {
  const card = (id: string, groupId: string | null): Card => ({
    id,
    text: id,
    kind: 'finding',
    country: null,
    groupId,
    authorId: null,
    createdAt: '',
    themeId: null,
    pinned: false,
    hidden: false,
    editedAt: null,
  });
  const base = {
    groups: [
      { id: 'g1', name: 'One', color: '#1f6feb' },
      { id: 'g2', name: 'Two', color: '#d1242f' },
    ],
    cards: [card('c1', 'g1'), card('c2', 'g2'), card('c3', null)],
    themes: [],
  } as unknown as PublicState;

  it('groups by group while no theme holds a card, room cards last', () => {
    const empty = {
      ...base,
      themes: [{ id: 't1', label: 'Learning', cardIds: [], locked: false, manual: false }],
    } as PublicState;
    expect(boardColumns(empty, 'Unsorted', 'Room').map((c) => c.name)).toEqual([
      'One',
      'Two',
      'Room',
    ]);
  });
  it('groups by group without themes, room cards last', () => {
    expect(boardColumns(base, 'Unsorted', 'Room').map((c) => [c.name, c.cards.length])).toEqual([
      ['One', 1],
      ['Two', 1],
      ['Room', 1],
    ]);
  });
  it('groups by theme when themes exist, Unsorted last', () => {
    const state = {
      ...base,
      themes: [{ id: 't1', label: 'Learning', cardIds: ['c2'], locked: false, manual: true }],
    } as PublicState;
    expect(
      boardColumns(state, 'Unsorted', 'Room').map((c) => [c.name, c.cards.map((x) => x.id)]),
    ).toEqual([
      ['Learning', ['c2']],
      ['Unsorted', ['c1', 'c3']],
    ]);
  });
});

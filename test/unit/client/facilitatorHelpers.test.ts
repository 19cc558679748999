import { describe, expect, it } from 'vitest';
import type { Card, Step, Theme } from '../../../shared/model.js';
import type { ThemeSuggestion } from '../../../shared/protocol.js';
import {
  blankStep,
  currentAfterEdit,
  minutesToSeconds,
  moveStep,
  removeStep,
  replaceStep,
} from '../../../client/src/routes/facilitator/agendaEdit.js';
import { filenameFrom } from '../../../client/src/routes/facilitator/download.js';
import { templateSteps } from '../../../client/src/routes/facilitator/savedTemplates.js';
import {
  clusterableCards,
  pickThemes,
  previewThemes,
} from '../../../client/src/routes/facilitator/suggestionPick.js';
import { themeColumns } from '../../../client/src/routes/facilitator/themeColumns.js';
import {
  formatClock,
  formatDuration,
  remainingMs,
} from '../../../client/src/routes/facilitator/timer.js';
import { rankByVotes, voterCount } from '../../../client/src/lib/tally.js';
import { voteItems } from '../../../client/src/lib/voteItems.js';
import type { PublicState } from '../../../shared/model.js';

const card = (id: string, over: Partial<Card> = {}): Card => ({
  id,
  text: `card ${id}`,
  kind: 'finding',
  country: null,
  groupId: 'g1',
  authorId: 'p1',
  createdAt: '2026-01-01T00:00:00.000Z',
  themeId: null,
  pinned: false,
  hidden: false,
  editedAt: null,
  ...over,
});
const theme = (id: string, cardIds: string[], over: Partial<Theme> = {}): Theme => ({
  id,
  label: `theme ${id}`,
  cardIds,
  locked: false,
  manual: false,
  ...over,
});

describe('timer', () => {
  it('counts down from endsAt in server time, never below zero', () => {
    const running = { status: 'running', endsAt: 10_000, remainingMs: null } as const;
    expect(remainingMs(running, 4_000)).toBe(6_000);
    expect(remainingMs(running, 12_000)).toBe(0);
  });
  it('a paused timer keeps its remaining time; an idle one has none', () => {
    expect(remainingMs({ status: 'paused', endsAt: null, remainingMs: 90_500 }, 0)).toBe(90_500);
    expect(remainingMs({ status: 'idle', endsAt: null, remainingMs: null }, 0)).toBeNull();
  });
  it('formats minutes and seconds, rounding up, and hours when needed', () => {
    expect(formatClock(754_000)).toBe('12:34');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(5400)).toBe('1 h 30 min');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(null)).toBe('');
  });
});

describe('agenda edits', () => {
  const steps: Step[] = ['a', 'b', 'c'].map((id) => blankStep(id, id.toUpperCase()));
  it('moves, removes and replaces steps without touching the input', () => {
    expect(moveStep(steps, 0, 2).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(moveStep(steps, 2, 5).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(removeStep(steps, 1).map((s) => s.id)).toEqual(['a', 'c']);
    expect(replaceStep(steps, 1, { ...steps[1]!, title: 'New' })[1]!.title).toBe('New');
    expect(steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
  it('reads minutes into seconds: empty or zero is no timer, at least 10 s', () => {
    expect(minutesToSeconds('10')).toBe(600);
    expect(minutesToSeconds('1,5')).toBe(90);
    expect(minutesToSeconds('0.05')).toBe(10);
    expect(minutesToSeconds('')).toBeNull();
    expect(minutesToSeconds('0')).toBeNull();
    expect(minutesToSeconds('abc')).toBeNull();
  });
  it('keeps the current step by id after an edit', () => {
    const after = moveStep(steps, 1, 0);
    expect(currentAfterEdit(steps, 1, after)).toBe(0);
    expect(currentAfterEdit(steps, 2, removeStep(steps, 2))).toBe(1);
    expect(currentAfterEdit(steps, -1, after)).toBe(-1);
  });
  it('a saved template keeps everything but the step ids', () => {
    const saved = templateSteps(steps);
    expect(saved[0]).not.toHaveProperty('id');
    expect(saved[0]).toMatchObject({ title: 'A', visibility: 'all', durationSec: 600 });
  });
});

describe('theme columns', () => {
  it('lists themes in order with their cards, then Unsorted last with every other card', () => {
    const cards = [card('1'), card('2'), card('3'), card('4')];
    const columns = themeColumns([theme('t1', ['2', '1']), theme('t2', ['missing'])], cards);
    expect(columns.map((c) => c.theme?.id ?? 'unsorted')).toEqual(['t1', 't2', 'unsorted']);
    expect(columns[0]!.cards.map((c) => c.id)).toEqual(['2', '1']);
    expect(columns[1]!.cards).toEqual([]);
    expect(columns[2]!.cards.map((c) => c.id)).toEqual(['3', '4']);
  });
});

describe('suggestion preview', () => {
  const cards = [
    card('1', { themeId: 't1' }),
    card('2'),
    card('3'),
    card('x', { authorId: null, kind: 'example' }),
  ];
  const board = [theme('t1', ['1'], { label: 'Old name' })];
  const suggestion: ThemeSuggestion = {
    suggestionId: 's1',
    themes: [
      { id: 't1', label: 'Learning', cardIds: ['1', '2'], isNew: false },
      { id: 'n1', label: 'Funding', cardIds: ['3'], isNew: true },
    ],
    unsorted: [],
  };
  it('tells kept from new themes, the old name, and how many cards move in', () => {
    const preview = previewThemes(suggestion, board, cards);
    expect(preview[0]).toMatchObject({ isNew: false, previousLabel: 'Old name', incoming: 1 });
    expect(preview[1]).toMatchObject({ isNew: true, previousLabel: null, incoming: 1 });
  });
  it('applies only the ticked themes, with the names the facilitator chose', () => {
    expect(pickThemes(suggestion, new Set(['n1']), { n1: '  Money  ' })).toEqual({
      suggestionId: 's1',
      themes: [{ id: 'n1', label: 'Money', cardIds: ['3'] }],
    });
    expect(pickThemes(suggestion, new Set(['t1', 'n1']), { t1: ' ' }).themes[0]!.label).toBe(
      'Learning',
    );
  });
  it('clusters participants’ cards and findings, not the facilitator’s examples', () => {
    expect(clusterableCards(cards).map((c) => c.id)).toEqual(['1', '2', '3']);
  });
});

describe('vote results', () => {
  // What the facilitator's results panel shows: the shared ranking over what can be voted on.
  const rankVotesOf = (state: Pick<PublicState, 'voting' | 'votes' | 'themes' | 'cards'>) =>
    rankByVotes(voteItems({ ...state, groups: [] } as unknown as PublicState), state.votes).map(
      (r) => ({ id: r.item.id, votes: r.votes, rank: r.rank }),
    );
  it('ranks by votes, ties share a rank and keep board order, unvoted items are listed', () => {
    const ranked = rankVotesOf({
      voting: {
        target: 'themes',
        perParticipant: 3,
        allowMultiple: false,
        counts: 'live',
        status: 'open',
      },
      themes: [theme('a', []), theme('b', []), theme('c', [])],
      cards: [],
      votes: [
        { participantId: 'p1', targetId: 'b' },
        { participantId: 'p2', targetId: 'b' },
        { participantId: 'p1', targetId: 'c' },
        { participantId: 'p3', targetId: 'a' },
      ],
    });
    expect(ranked.map((r) => [r.id, r.votes, r.rank])).toEqual([
      ['b', 2, 1],
      ['a', 1, 2],
      ['c', 1, 2],
    ]);
  });
  it('on cards, hidden cards are left out', () => {
    const ranked = rankVotesOf({
      voting: {
        target: 'cards',
        perParticipant: 1,
        allowMultiple: false,
        counts: 'hidden',
        status: 'closed',
      },
      themes: [],
      cards: [card('1'), card('2', { hidden: true })],
      votes: [],
    });
    expect(ranked.map((r) => r.id)).toEqual(['1']);
  });
  it('counts people who voted', () => {
    expect(
      voterCount([
        { participantId: 'a', targetId: 'x' },
        { participantId: 'a', targetId: 'y' },
      ]),
    ).toBe(1);
  });
});

describe('export file names', () => {
  it('prefers the UTF-8 name, falls back to the plain one, then to a default', () => {
    expect(
      filenameFrom(
        `attachment; filename="partnerships-2026-11-27.csv"; filename*=UTF-8''partnerships-%C3%A9-2026-11-27.csv`,
        'x.csv',
      ),
    ).toBe('partnerships-é-2026-11-27.csv');
    expect(filenameFrom('attachment; filename="report.md"', 'x.md')).toBe('report.md');
    expect(filenameFrom(null, 'x.md')).toBe('x.md');
    expect(filenameFrom(`attachment; filename*=UTF-8''%E0%A4%A`, 'x.md')).toBe('x.md');
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildExportModel,
  neutralizeFormula,
  slugify,
  stripInvalidXmlChars,
} from '../../../shared/export/exportModel.js';
import { csvField } from '../../../shared/export/csv.js';
import { escapeHtml } from '../../../shared/export/html.js';
import type { PublicState } from '../../../shared/model.js';
import { anonymous, EXPORTED_AT, fixtureState, withVotes } from './fixture.js';

const options = { exportedAt: EXPORTED_AT };

describe('buildExportModel', () => {
  it('counts participants, groups, countries and cards', () => {
    const model = buildExportModel(fixtureState(), options);
    expect(model.counts).toEqual({ participants: 5, groups: 3, countries: 13, cards: 28 });
    expect(model.sessionDate).toBe('2026-11-27');
    expect(model.exportDate).toBe('2026-11-28');
  });

  it("keeps the facilitator's cards apart, with their countries", () => {
    const model = buildExportModel(fixtureState(), options);
    expect(model.facilitatorCards).toHaveLength(9);
    expect(model.facilitatorCards.every((c) => c.byFacilitator && c.author === null)).toBe(true);
    expect(model.facilitatorCards[0]!.country).toBe('Indonesia');
    const themed = model.themes.flatMap((t) => [...t.findings, ...t.examples]);
    expect(themed.some((c) => c.byFacilitator)).toBe(false);
  });

  it('lists themes in board order with findings then examples; empty themes only in allThemes', () => {
    const model = buildExportModel(fixtureState(), options);
    expect(model.themes.map((t) => t.label)).toEqual([
      'Partnerships benefit communities and libraries',
      'Developing strong partnerships takes action',
      'Shared elements of successful library partnerships',
    ]);
    expect(model.allThemes.map((t) => t.label)).toContain('Parking lot');
    expect(model.themes[0]!.examples.map((c) => [c.group, c.country])).toEqual([
      ['Table 1', 'Moldova'],
      ['Table 1', 'Україна'],
    ]);
    expect(model.unsorted.findings.map((c) => c.id)).toEqual(['c-24', 'c-27']);
    expect(model.rows).toHaveLength(28);
    expect(new Set(model.rows.map((r) => r.id)).size).toBe(28);
  });

  it('has no votes column values when the session has no votes', () => {
    const model = buildExportModel(fixtureState(), options);
    expect(model.hasVotes).toBe(false);
    expect(model.rows.every((r) => r.votes === null)).toBe(true);
  });

  it('ranks findings by votes, most first, when there are votes on cards', () => {
    const model = buildExportModel(withVotes(fixtureState()), options);
    expect(model.hasVotes).toBe(true);
    expect(model.themes[0]!.findings.map((c) => c.votes)).toEqual([7, 5, 3]);
    expect(model.themes[0]!.votes).toBe(15);
  });

  it('counts the votes cast (state.votes) and ranks themes when themes are voted on', () => {
    const state = fixtureState();
    const voted = {
      ...state,
      voting: { status: 'closed', target: 'themes' },
      votes: [
        { participantId: 'p-ana', targetId: 't-shared' },
        { participantId: 'p-linh', targetId: 't-shared' },
        { participantId: 'p-layla', targetId: 't-action' },
      ],
    } as unknown as PublicState;
    const model = buildExportModel(voted, options);
    expect(model.themes.map((t) => [t.label, t.votes])).toEqual([
      ['Shared elements of successful library partnerships', 2],
      ['Developing strong partnerships takes action', 1],
      ['Partnerships benefit communities and libraries', 0],
    ]);
  });

  it('carries author names, and none in an anonymous session', () => {
    expect(buildExportModel(fixtureState(), options).rows.some((r) => r.author === 'Ana')).toBe(
      true,
    );
    const model = buildExportModel(anonymous(fixtureState()), options);
    expect(model.anonymous).toBe(true);
    expect(model.rows.every((r) => r.author === null)).toBe(true);
  });

  it('leaves hidden cards out', () => {
    const state = fixtureState();
    const hidden = {
      ...state,
      cards: state.cards.map((c) => (c.id === 'c-10' ? { ...c, hidden: true } : c)),
    };
    const model = buildExportModel(hidden, options);
    expect(model.rows.map((r) => r.id)).not.toContain('c-10');
    expect(model.counts.cards).toBe(27);
  });

  it('renders an empty session', () => {
    const state = fixtureState();
    const model = buildExportModel({ ...state, cards: [], themes: [] }, options);
    expect(model.rows).toEqual([]);
    expect(model.counts.cards).toBe(0);
  });
});

describe('escaping helpers', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralizeFormula(%j) = %j', (input, output) => {
    expect(neutralizeFormula(input)).toBe(output);
  });

  it('quotes CSV fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('strips characters XML cannot carry, keeping emoji and tabs', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\td\n😀\uFFFE')).toBe('abc\td\n😀');
    expect(stripInvalidXmlChars('x\uD800y\uDC00z')).toBe('xyz');
  });

  it('slugs titles for file names, in any script', () => {
    expect(slugify('A World of Powerful Partnerships')).toBe('a-world-of-powerful-partnerships');
    expect(slugify('Thư viện & cộng đồng')).toBe('thu-vien-cong-đong');
    expect(slugify('Бібліотеки: партнерства')).toBe('бібліотеки-партнерства');
    expect(slugify('***')).toBe('workshop');
  });
});

import { describe, it, expect } from 'vitest';
import { ThemePlacer, type BoardCard } from '../../../shared/clustering/index';
import { tinyVectors, CARDS } from './vectorsFixture';

const vectors = tinyVectors();
const cardsById = new Map<string, BoardCard>(CARDS.map((text, i) => [`c${i}`, { text }]));
const themes = [
  { id: 'money', cardIds: ['c0', 'c1', 'c2', 'c3'] },
  { id: 'volunteers', cardIds: ['c4', 'c5', 'c6', 'c7'] },
  { id: 'tech', cardIds: ['c12', 'c13', 'c14', 'c15'] },
];

describe('ThemePlacer', () => {
  const placer = new ThemePlacer(themes, cardsById, vectors);

  it('places a card in the most similar theme', () => {
    expect(placer.place({ text: 'grants for core costs' }).themeId).toBe('money');
    expect(placer.place({ text: 'the microphone audio' }).themeId).toBe('tech');
  });

  it('returns null (Unsorted) below the threshold', () => {
    const r = placer.place({ text: 'zebra quokka' });
    expect(r.themeId).toBeNull();
    const strict = new ThemePlacer(themes, cardsById, vectors, { minSimilarity: 0.99 });
    expect(strict.place({ text: 'grants for core costs' }).themeId).toBeNull();
  });

  it('lets hand-placed (pinned) cards teach placement', () => {
    const board = new Map<string, BoardCard>([
      ...cardsById,
      ['p1', { text: 'privacy consent', pinned: true }],
    ]);
    const withPinned = [
      ...themes.slice(0, 2),
      { id: 'tech', cardIds: [...themes[2]!.cardIds, 'p1'] },
    ];
    const before = new ThemePlacer(withPinned, cardsById, vectors).scores(
      'consent and privacy of records',
    );
    const after = new ThemePlacer(withPinned, board, vectors).scores(
      'consent and privacy of records',
    );
    const tech = (s: { themeId: string; similarity: number }[]) =>
      s.find((x) => x.themeId === 'tech')!.similarity;
    expect(tech(after)).toBeGreaterThan(tech(before));
  });

  it('works without word vectors', () => {
    const r = new ThemePlacer(themes, cardsById, null).place({ text: 'volunteers burnout' });
    expect(r.themeId).toBe('volunteers');
  });
});

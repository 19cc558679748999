// Theme quality on the ten labelled boards in test/fixtures/boards, with the bundled vectors and
// glossary, as the CLI and the server run them. Deterministic, so the floors are fixed numbers a
// little below today's figures (npm run eval:cluster prints them): a change that loses quality,
// or a glossary that stops loading, fails here.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/clustering/analyze';
import { ari, nmi, suggestThemes } from '../../../shared/clustering/index';
import { loadVectorsFromDisk } from '../../../server/themes/loadVectors';
import { BOARDS_DIR, loadTsvSets } from '../../../scripts/datasets';

const vectors = loadVectorsFromDisk();
const boards = loadTsvSets(BOARDS_DIR);

describe('theme quality on the labelled boards', () => {
  const results = boards.map((board) => {
    const cards = board.texts.map((text, i) => ({ id: String(i), text }));
    const { themes, unsorted } = suggestThemes(cards, vectors, { maxThemes: 15 });
    const themeOf = new Map<string, string>();
    themes.forEach((t, i) => t.cardIds.forEach((id) => themeOf.set(id, `t${i}`)));
    const predicted = cards.map((c) => themeOf.get(c.id) ?? 'unsorted');
    return {
      name: board.name,
      themes,
      unsortedShare: unsorted.length / cards.length,
      nmi: nmi(board.labels, predicted),
      ari: ari(board.labels, predicted),
    };
  });

  it('has ten boards of 130 cards to measure on', () => {
    expect(boards).toHaveLength(10);
    for (const board of boards) expect(board.texts).toHaveLength(130);
  });

  it('gives every board 4 to 16 labelled themes and leaves at most 20 % unsorted', () => {
    for (const r of results) {
      expect(r.themes.length + (r.unsortedShare > 0 ? 1 : 0), r.name).toBeGreaterThanOrEqual(4);
      expect(r.themes.length + (r.unsortedShare > 0 ? 1 : 0), r.name).toBeLessThanOrEqual(16);
      expect(r.unsortedShare, r.name).toBeLessThanOrEqual(0.2);
      for (const t of r.themes) expect(t.label.trim(), r.name).not.toBe('');
    }
  });

  it('keeps the mean NMI and ARI above their floors', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const meanNmi = mean(results.map((r) => r.nmi));
    const meanAri = mean(results.map((r) => r.ari));
    console.log(
      `boards: mean NMI ${(100 * meanNmi).toFixed(1)}, ARI ${(100 * meanAri).toFixed(1)} (%)`,
    );
    expect(meanNmi).toBeGreaterThanOrEqual(0.33);
    expect(meanAri).toBeGreaterThanOrEqual(0.09);
  });

  it('gives most cards in other languages a meaning through the glossary', () => {
    let words = 0;
    let placed = 0;
    for (const board of boards)
      for (const text of board.texts) {
        const card = analyze(text, vectors);
        if (card.lang === 'eng' || card.lang === 'und') continue;
        words += card.tokens.length;
        placed += card.tokens.filter((t) => t.vec >= 0).length;
      }
    expect(words).toBeGreaterThan(500);
    expect(placed / words).toBeGreaterThanOrEqual(0.65); // 0.73 today; 0.21 without the glossary
  });
});

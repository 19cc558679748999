// Theme quality on the ten labelled boards in test/fixtures/boards, with the bundled vectors and
// glossary, as the CLI and the server run them. Deterministic, so the floors are fixed numbers a
// little below today's figures (npm run eval:cluster prints them): a change that loses quality,
// or a glossary that stops loading, fails here.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/clustering/analyze';
import { ari, nmi, suggestThemes } from '../../../shared/clustering/index';
import { loadVectorsFromDisk, VECTORS_PATH } from '../../../server/themes/loadVectors';
import { BOARDS_DIR, loadTsvSets, predictedLabels } from '../../../scripts/datasets';

const vectors = loadVectorsFromDisk();
const boards = loadTsvSets(BOARDS_DIR);

describe('theme quality on the labelled boards', () => {
  const results = boards.map((board) => {
    const cards = board.texts.map((text, i) => ({ id: String(i), text }));
    const { themes, unsorted } = suggestThemes(cards, vectors, { maxThemes: 15 });
    const predicted = predictedLabels(cards, themes);
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

  // Board language column (ISO 639-1) → the codes the pipeline uses (ISO 639-3).
  const ISO3: Record<string, string> = {
    ar: 'ara',
    cs: 'ces',
    de: 'deu',
    el: 'ell',
    es: 'spa',
    fi: 'fin',
    fr: 'fra',
    hy: 'hye',
    id: 'ind',
    it: 'ita',
    ka: 'kat',
    lt: 'lit',
    lv: 'lav',
    nl: 'nld',
    pl: 'pol',
    pt: 'por',
    ro: 'ron',
    sv: 'swe',
    sw: 'swa',
    tr: 'tur',
    uk: 'ukr',
    vi: 'vie',
  };
  const foreign = boards.flatMap((b) =>
    b.texts.map((text, i) => ({ text, lang: b.langs![i]! })).filter((c) => c.lang !== 'en'),
  );

  it('guesses the language of every card in another language', () => {
    expect(foreign.length).toBeGreaterThan(190);
    const wrong = foreign
      .map((c) => ({ ...c, guess: analyze(c.text, vectors).lang }))
      .filter((c) => c.guess !== ISO3[c.lang]);
    expect(wrong).toEqual([]);
  });

  it('gives most words of cards in other languages a meaning through the glossary', () => {
    const placed = (v: typeof vectors) => {
      let words = 0;
      let withVector = 0;
      for (const { text } of foreign) {
        const tokens = analyze(text, v).tokens;
        words += tokens.length;
        withVector += tokens.filter((t) => t.vec >= 0).length;
      }
      return withVector / words;
    };
    const withGlossary = placed(vectors);
    const without = placed(loadVectorsFromDisk(VECTORS_PATH, ''));
    console.log(
      `other-language words with a vector: ${(100 * withGlossary).toFixed(0)} % (${(100 * without).toFixed(0)} % without the glossary)`,
    );
    expect(withGlossary).toBeGreaterThanOrEqual(0.65);
    expect(withGlossary - without).toBeGreaterThanOrEqual(0.4);
  });
});

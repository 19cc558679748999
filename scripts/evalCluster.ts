// npm run eval:cluster [-- --sets name,name] [-- --opts '{"alpha":0.6}'] [-- --no-glossary]
// For every labelled set in ../shared/data: NMI / ARI of the pipeline with the automatic
// number of themes, of the same with 2 cards per theme placed (pinned) by hand first, and of a
// TF-IDF + k-means baseline given the true number of themes, and (sets of up to 500 cards) the
// same k-means on plain SIF word vectors, all measured in this run.
// Unsorted cards count as one more group. Then the same for the boards in test/fixtures/boards
// (written for this project in the shape of the held-out check), with their means.
import { parseArgs } from 'node:util';
import {
  suggestThemes,
  nmi,
  ari,
  type ClusterInput,
  type SuggestOptions,
} from '../shared/clustering/index';
import { loadVectorsFromDisk, VECTORS_PATH } from '../server/themes/loadVectors';
import { BOARDS_DIR, loadSets, loadTsvSets, predictedLabels } from './datasets';
import { sifKmeans, tfidfKmeans } from './baseline';

const { values } = parseArgs({
  options: {
    sets: { type: 'string' },
    opts: { type: 'string' },
    'no-baseline': { type: 'boolean' },
    'no-glossary': { type: 'boolean' },
  },
});
const only = values.sets?.split(',');
const opts = JSON.parse(values.opts ?? '{}') as SuggestOptions;
const englishOnly = loadVectorsFromDisk(VECTORS_PATH, ''); // no glossary: the plain SIF reference
const vectors = values['no-glossary'] ? englishOnly : loadVectorsFromDisk();

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (cells: (string | number)[]) =>
  console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 30 : 10)).join(''));

console.log(
  'NMI / ARI in %, unsorted counted as one more group; k = themes produced (+ unsorted share)',
);
row(['set / method', 'cards', 'true k', 'k', 'unsorted', 'NMI', 'ARI', 'ms']);
const boards = loadTsvSets(BOARDS_DIR).map((s) => ({ ...s, name: `boards/${s.name}` }));
type Scores = Record<'auto' | 'pinned' | 'base' | 'sif', number[]>;
const boardScores: Scores[] = [];
for (const set of [...loadSets(), ...boards]) {
  if (only && !only.includes(set.name)) continue;
  const trueK = new Set(set.labels).size;
  const cards: ClusterInput[] = set.texts.map((text, i) => ({ id: String(i), text }));
  console.log(`\n${set.name}`);
  const scores = {
    auto: [] as number[],
    pinned: [] as number[],
    base: [] as number[],
    sif: [] as number[],
  };
  if (set.name.startsWith('boards/')) boardScores.push(scores);
  const run = (name: string, input: ClusterInput[], into: number[]) => {
    const t0 = performance.now();
    const { themes, unsorted } = suggestThemes(input, vectors, opts);
    const ms = performance.now() - t0;
    const pred = predictedLabels(input, themes);
    into.push(nmi(set.labels, pred), ari(set.labels, pred));
    row([
      `  ${name}`,
      input.length,
      trueK,
      themes.length,
      pct(unsorted.length / input.length),
      pct(nmi(set.labels, pred)),
      pct(ari(set.labels, pred)),
      ms.toFixed(0),
    ]);
  };
  run('pipeline, automatic k', cards, scores.auto);
  const seen = new Map<string, number>();
  const pinned = cards.map((c, i) => {
    const label = set.labels[i]!;
    const n = seen.get(label) ?? 0;
    seen.set(label, n + 1);
    return n < 2 ? { ...c, themeId: label, pinned: true } : c;
  });
  run('pipeline, 2 pinned per theme', pinned, scores.pinned);
  if (!values['no-baseline']) {
    const reference = (name: string, labels: () => number[], into: number[]) => {
      const t0 = performance.now();
      const pred = labels().map(String);
      const ms = performance.now() - t0;
      into.push(nmi(set.labels, pred), ari(set.labels, pred));
      row([
        `  ${name}`,
        cards.length,
        trueK,
        trueK,
        pct(0),
        pct(into[0]!),
        pct(into[1]!),
        ms.toFixed(0),
      ]);
    };
    reference('TF-IDF + k-means, true k', () => tfidfKmeans(set.texts, trueK), scores.base);
    if (set.texts.length <= 500)
      reference(
        'SIF + k-means, true k',
        () => sifKmeans(set.texts, trueK, englishOnly),
        scores.sif,
      );
  }
}
if (boardScores.length > 1) {
  const mean = (key: keyof Scores, at: number) =>
    pct(boardScores.reduce((a, s) => a + (s[key][at] ?? 0), 0) / boardScores.length);
  console.log(`\nmean of the ${boardScores.length} boards in test/fixtures/boards (NMI / ARI)`);
  console.log(`  pipeline, automatic k        ${mean('auto', 0)} / ${mean('auto', 1)}`);
  console.log(`  pipeline, 2 pinned per theme ${mean('pinned', 0)} / ${mean('pinned', 1)}`);
  if (!values['no-baseline']) {
    console.log(`  TF-IDF + k-means, true k     ${mean('base', 0)} / ${mean('base', 1)}`);
    console.log(`  SIF + k-means, true k        ${mean('sif', 0)} / ${mean('sif', 1)}`);
  }
}

// npm run bench:cluster [-- --smoke]
// Node timings of suggestThemes on 2,000 cards and of placing one new card on a board of
// 2,000 cards (prepared ThemePlacer). Cards are drawn from the labelled sets in ../shared/data
// when present, else synthesised. Prints min, median and p95 of wall time and, for clustering, the
// process CPU time per run too (a fairer figure when other processes load the machine), the
// first (cold) run on its own, and the load average; asserts nothing.
import { loadavg } from 'node:os';
import { suggestThemes, ThemePlacer } from '../shared/clustering/index';
import { loadVectorsFromDisk } from '../server/themes/loadVectors';
import { loadSets } from '../scripts/datasets';

const smoke = process.argv.includes('--smoke');
const N = smoke ? 200 : 2000;
const RUNS = smoke ? 2 : 7;
const PLACES = smoke ? 20 : 500;

function cardTexts(n: number): string[] {
  let pool: string[] = [];
  try {
    pool = loadSets().flatMap((s) => s.texts);
  } catch {
    /* data not available: synthesise below */
  }
  if (pool.length === 0) {
    const words =
      'volunteers funding trust data privacy city council budget meeting online stream partners community health'.split(
        ' ',
      );
    pool = Array.from({ length: 500 }, (_, i) =>
      Array.from({ length: 8 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' '),
    );
  }
  return Array.from({ length: n }, (_, i) => pool[(i * 7919) % pool.length]!);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `min ${s[0]!.toFixed(2)} ms, median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms (${xs.length} runs)`;
};

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load()}`);
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const vectors = loadVectorsFromDisk();
console.log(
  `load vectors and glossary: ${(performance.now() - t0).toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heap0) / 1e6).toFixed(1)} MB`,
);
const texts = cardTexts(N);
const cards = texts.map((text, i) => ({ id: String(i), text }));

const clusterTimes: number[] = [];
const cpuTimes: number[] = [];
// The first run in a process also fills the per-word caches (stems, spelling, glossary) and
// warms the JIT: it is what a one-off CLI run pays, so it is printed on its own.
const tc = performance.now();
let result = suggestThemes(cards, vectors);
const coldMs = performance.now() - tc;
for (let r = 0; r < RUNS; r++) {
  const c = process.cpuUsage();
  const t = performance.now();
  result = suggestThemes(cards, vectors);
  clusterTimes.push(performance.now() - t);
  const u = process.cpuUsage(c);
  cpuTimes.push((u.user + u.system) / 1000);
}
console.log(`suggestThemes, ${N} cards → ${result.themes.length} themes: ${stats(clusterTimes)}`);
console.log(`  first run in a fresh process: ${coldMs.toFixed(0)} ms`);
console.log(`  CPU time per run (all threads, GC included): ${stats(cpuTimes)}`);

const byId = new Map(cards.map((c) => [c.id, { text: c.text }]));
const themes = result.themes.map((t, i) => ({ id: `t${i}`, cardIds: t.cardIds }));
const tp = performance.now();
const placer = new ThemePlacer(themes, byId, vectors);
console.log(`prepare ThemePlacer on ${N} cards: ${(performance.now() - tp).toFixed(1)} ms`);
const newTexts = cardTexts(PLACES + 13).slice(13);
const placeTimes = newTexts.map((text) => {
  const t = performance.now();
  placer.place({ text });
  return performance.now() - t;
});
console.log(`place one card: ${stats(placeTimes)}`);
console.log(`load average at end: ${load()}`);

/// <reference lib="webworker" />
// Times the shared clustering engine inside a browser Web Worker, as the facilitator screen runs it.
import { loadWordVectors, suggestThemes, ThemePlacer } from '../../shared/clustering/index.js';
import vectorsUrl from '../../shared/clustering/vectors/glove-30k.bin?url';
import glossaryUrl from '../../shared/clustering/vectors/glossary.tsv?url';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (
  message: MessageEvent<{ texts: string[]; runs: number; places: number }>,
) => {
  const { texts, runs, places } = message.data;
  let t = performance.now();
  const [bytes, glossary] = await Promise.all([
    fetch(vectorsUrl).then((r) => r.arrayBuffer()),
    fetch(glossaryUrl).then((r) => r.text()),
  ]);
  const vectors = loadWordVectors(new Uint8Array(bytes), glossary);
  const loadMs = performance.now() - t;
  const cards = texts.map((text, i) => ({ id: String(i), text }));
  const cluster: number[] = [];
  let result = suggestThemes(cards, vectors);
  for (let r = 0; r < runs; r++) {
    t = performance.now();
    result = suggestThemes(cards, vectors);
    cluster.push(performance.now() - t);
  }
  const themes = result.themes.map((th, i) => ({ id: `t${i}`, cardIds: th.cardIds }));
  const placer = new ThemePlacer(
    themes,
    new Map(cards.map((c) => [c.id, { text: c.text }])),
    vectors,
  );
  const place: number[] = [];
  for (let i = 0; i < places; i++) {
    t = performance.now();
    placer.place({ text: texts[(i * 31) % texts.length]! });
    place.push(performance.now() - t);
  }
  self.postMessage({ loadMs, cluster, place, themes: result.themes.length });
};

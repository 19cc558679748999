// Baselines for evaluation: TF-IDF (sublinear, the stopword package's English list: the
// pipeline's own additions must not move the baseline), or SIF word vectors, +
// spherical k-means with the true k, k-means++ seeding from a seeded PRNG, best of 5 restarts
// by cohesion.
import { tokenize } from '../shared/clustering/tokenize';
import { eng } from 'stopword';
import { mulberry32 } from './mulberry32';
import { analyze } from '../shared/clustering/analyze';
import { fitRepresentation } from '../shared/clustering/represent';
import type { WordVectors } from '../shared/clustering/wordVectors';

const ENGLISH_STOPWORDS = new Set(eng);

interface Sparse {
  ids: number[];
  w: number[];
}

function tfidfMatrix(texts: string[]): { X: Sparse[]; dims: number } {
  const docs = texts.map((t) =>
    tokenize(t.toLowerCase()).filter((w) => w.length > 1 && !ENGLISH_STOPWORDS.has(w)),
  );
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const ids = new Map([...df.keys()].map((w, i) => [w, i]));
  const n = texts.length;
  const X = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const w of d) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: Sparse = { ids: [], w: [] };
    for (const [w, c] of tf) {
      v.ids.push(ids.get(w)!);
      v.w.push((1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(w)!)) + 1));
    }
    const norm = Math.sqrt(v.w.reduce((s, x) => s + x * x, 0)) || 1;
    v.w = v.w.map((x) => x / norm);
    return v;
  });
  return { X, dims: ids.size };
}

const dot = (a: Sparse, c: Float64Array) => a.ids.reduce((s, id, k) => s + a.w[k]! * c[id]!, 0);
const dense = (a: Sparse, dims: number) => {
  const c = new Float64Array(dims);
  a.ids.forEach((id, k) => (c[id] = a.w[k]!));
  return c;
};

export function tfidfKmeans(texts: string[], k: number, seed = 1): number[] {
  const { X, dims } = tfidfMatrix(texts);
  return sphericalKmeans(X, dims, k, seed);
}

/**
 * Reference for the word vectors alone: SIF-weighted averages of English GloVe vectors (first
 * principal component removed; no glossary, no lexical view) + the same k-means with the true k.
 * It reproduces the figures the themes issue quotes for "SIF with the true number of themes"
 * (about 0.15 NMI on the two dev workshop sets), so it shows how hard a set is for vectors.
 */
export function sifKmeans(texts: string[], k: number, vectors: WordVectors, seed = 1): number[] {
  const rep = fitRepresentation(
    texts.map((t) => analyze(t, vectors)),
    vectors,
  );
  const dims = vectors.dims;
  const X = rep.cards.map((c): Sparse => {
    if (!c.emb) return { ids: [], w: [] };
    return { ids: Array.from({ length: dims }, (_, d) => d), w: Array.from(c.emb) };
  });
  return sphericalKmeans(X, dims, k, seed);
}

function sphericalKmeans(X: Sparse[], dims: number, k: number, seed: number): number[] {
  const rand = mulberry32(seed);
  let best: { labels: number[]; score: number } = { labels: [], score: -Infinity };
  for (let restart = 0; restart < 5; restart++) {
    const centres: Float64Array[] = [dense(X[Math.floor(rand() * X.length)]!, dims)];
    const nearest = X.map((x) => dot(x, centres[0]!));
    while (centres.length < k) {
      const d = nearest.map((s) => Math.max(0, 1 - s));
      const total = d.reduce((s, v) => s + v, 0);
      let r = rand() * total;
      let pick = 0;
      while (pick < d.length - 1 && (r -= d[pick]!) > 0) pick++;
      const c = dense(X[pick]!, dims);
      centres.push(c);
      X.forEach((x, i) => (nearest[i] = Math.max(nearest[i]!, dot(x, c))));
    }
    let labels = new Array<number>(X.length).fill(0);
    let score = 0;
    for (let it = 0; it < 30; it++) {
      score = 0;
      labels = X.map((x) => {
        let bi = 0;
        let bs = -Infinity;
        centres.forEach((c, j) => {
          const s = dot(x, c);
          if (s > bs) [bs, bi] = [s, j];
        });
        score += bs;
        return bi;
      });
      for (let j = 0; j < k; j++) {
        const c = new Float64Array(dims);
        X.forEach((x, i) => {
          if (labels[i] === j) x.ids.forEach((id, q) => (c[id]! += x.w[q]!));
        });
        let norm = 0;
        for (const v of c) norm += v * v;
        if (norm > 0) centres[j] = c.map((v) => v / Math.sqrt(norm));
      }
    }
    if (score > best.score) best = { labels, score };
  }
  return best.labels;
}

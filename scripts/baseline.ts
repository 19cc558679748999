// Baseline for evaluation: TF-IDF (sublinear, English stopwords) + spherical k-means with the
// true k, k-means++ seeding from a seeded PRNG, best of 5 restarts by cohesion.
import { tokenize } from '../shared/clustering/tokenize';
import { isStopword } from '../shared/clustering/stopwords';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tfidfMatrix(texts: string[]): Float64Array[] {
  const docs = texts.map((t) =>
    tokenize(t.toLowerCase()).filter((w) => w.length > 1 && !isStopword('eng', w)),
  );
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const ids = new Map([...df.keys()].map((w, i) => [w, i]));
  const n = texts.length;
  return docs.map((d) => {
    const v = new Float64Array(ids.size);
    for (const w of d) v[ids.get(w)!]! += 1;
    let norm = 0;
    for (const [w, i] of ids) {
      if (v[i]! > 0) v[i] = (1 + Math.log(v[i]!)) * (Math.log((1 + n) / (1 + df.get(w)!)) + 1);
      norm += v[i]! * v[i]!;
    }
    if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= Math.sqrt(norm);
    return v;
  });
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

export function tfidfKmeans(texts: string[], k: number, seed = 1): number[] {
  const X = tfidfMatrix(texts);
  const rand = mulberry32(seed);
  let best: { labels: number[]; score: number } = { labels: [], score: -Infinity };
  for (let restart = 0; restart < 5; restart++) {
    const centres: Float64Array[] = [Float64Array.from(X[Math.floor(rand() * X.length)]!)];
    while (centres.length < k) {
      const d = X.map((x) => 1 - Math.max(...centres.map((c) => dot(x, c))));
      const total = d.reduce((s, v) => s + v, 0);
      let r = rand() * total;
      let pick = 0;
      while (pick < d.length - 1 && (r -= d[pick]!) > 0) pick++;
      centres.push(Float64Array.from(X[pick]!));
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
        const c = new Float64Array(X[0]!.length);
        X.forEach((x, i) => {
          if (labels[i] === j) for (let d = 0; d < c.length; d++) c[d]! += x[d]!;
        });
        const norm = Math.sqrt(dot(c, c));
        if (norm > 0) centres[j] = c.map((v) => v / norm);
      }
    }
    if (score > best.score) best = { labels, score };
  }
  return best.labels;
}

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

interface Sparse {
  ids: number[];
  w: number[];
}

function tfidfMatrix(texts: string[]): { X: Sparse[]; dims: number } {
  const docs = texts.map((t) =>
    tokenize(t.toLowerCase()).filter((w) => w.length > 1 && !isStopword('eng', w)),
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

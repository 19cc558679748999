// Step 5: represent cards. Two views, fitted on the cards being clustered:
//  - meaning: SIF-weighted average of word vectors (weight a/(a+p(w)), p from the frequency
//    rank), with the corpus's first principal component removed (Arora et al. 2017);
//  - lexical: sublinear TF-IDF over stems, which covers words the vectors miss (names,
//    other languages, jargon).
// Both are unit vectors; similarity is a weighted sum of the two cosines.
import type { AnalyzedCard } from './analyze';
import type { WordVectors } from './wordVectors';

export interface CardVector {
  /** Unit SIF embedding, or null when no word has a vector. */
  emb: Float32Array | null;
  /** Unit TF-IDF vector, sparse: term ids ascending and weights. */
  ids: Int32Array;
  w: Float32Array;
}

export interface Representation {
  vectors: WordVectors | null;
  termIds: Map<string, number>;
  idf: number[];
  maxIdf: number;
  /** First principal component of the fitted embeddings (removed from every embedding). */
  pc: Float32Array | null;
  cards: CardVector[];
}

export interface RepresentOptions {
  /** SIF smoothing a: smaller favours rare words more. */
  sifA?: number;
  /** Remove the first principal component (common discourse direction). */
  removePc?: boolean;
}

let SIF_A = 1e-3;
const ZIPF_H = Math.log(400000) + 0.5772; // GloVe 6B vocabulary, Zipf normaliser

function sifWeight(rank: number): number {
  const p = 1 / ((rank + 1) * ZIPF_H);
  return SIF_A / (SIF_A + p);
}

function rawEmbedding(card: AnalyzedCard, vectors: WordVectors): Float32Array | null {
  const { dims, data } = vectors;
  const v = new Float32Array(dims);
  let any = false;
  for (const t of card.tokens) {
    if (t.vec < 0) continue;
    const wt = sifWeight(t.vec);
    const off = t.vec * dims;
    for (let d = 0; d < dims; d++) v[d]! += wt * data[off + d]!;
    any = true;
  }
  return any ? v : null;
}

function unit(v: Float32Array): Float32Array | null {
  let n = 0;
  for (const x of v) n += x * x;
  if (n < 1e-12) return null;
  const inv = 1 / Math.sqrt(n);
  for (let d = 0; d < v.length; d++) v[d]! *= inv;
  return v;
}

function removePc(v: Float32Array, pc: Float32Array | null): void {
  if (!pc) return;
  let dot = 0;
  for (let d = 0; d < v.length; d++) dot += v[d]! * pc[d]!;
  for (let d = 0; d < v.length; d++) v[d]! -= dot * pc[d]!;
}

/** First principal component (uncentred, as in SIF) by deterministic power iteration. */
function firstPc(rows: Float32Array[], dims: number): Float32Array | null {
  if (rows.length < 3) return null;
  let u: Float32Array = new Float32Array(dims).fill(1 / Math.sqrt(dims));
  for (let it = 0; it < 30; it++) {
    const next = new Float32Array(dims);
    for (const r of rows) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += r[d]! * u[d]!;
      for (let d = 0; d < dims; d++) next[d]! += dot * r[d]!;
    }
    const n = unit(next);
    if (!n) return null;
    let change = 0;
    for (let d = 0; d < dims; d++) change += Math.abs(n[d]! - u[d]!);
    u = n;
    if (change < 1e-5) break; // converged (deterministic: same input, same iterations)
  }
  return u;
}

function tfidf(card: AnalyzedCard, rep: Pick<Representation, 'termIds' | 'idf' | 'maxIdf'>) {
  const counts = new Map<number, number>();
  for (const t of card.tokens) {
    const id = rep.termIds.get(t.key);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const w = new Float32Array(ids.length);
  let n = 0;
  ids.forEach((id, i) => {
    w[i] = (1 + Math.log(counts.get(id)!)) * (rep.idf[id] ?? rep.maxIdf);
    n += w[i]! * w[i]!;
  });
  if (n > 0) for (let i = 0; i < w.length; i++) w[i]! /= Math.sqrt(n);
  return { ids, w };
}

export function fitRepresentation(
  cards: AnalyzedCard[],
  vectors: WordVectors | null,
  opts: RepresentOptions = {},
): Representation {
  SIF_A = opts.sifA ?? 1e-3;
  const df = new Map<string, number>();
  for (const c of cards)
    for (const k of new Set(c.tokens.map((t) => t.key))) df.set(k, (df.get(k) ?? 0) + 1);
  const termIds = new Map<string, number>();
  const idf: number[] = [];
  const n = cards.length;
  for (const [k, f] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    termIds.set(k, idf.length);
    idf.push(Math.log((1 + n) / (1 + f)) + 1);
  }
  const maxIdf = Math.log(1 + n) + 1;
  const raw = vectors ? cards.map((c) => rawEmbedding(c, vectors)) : cards.map(() => null);
  const units = raw
    .map((r) => (r ? unit(Float32Array.from(r)) : null))
    .filter((r): r is Float32Array => !!r);
  const pc = vectors && opts.removePc !== false ? firstPc(units, vectors.dims) : null;
  const rep: Representation = { vectors, termIds, idf, maxIdf, pc, cards: [] };
  rep.cards = cards.map((c, i) => embedWith(rep, c, raw[i] ?? null));
  return rep;
}

function embedWith(rep: Representation, card: AnalyzedCard, raw: Float32Array | null): CardVector {
  let emb: Float32Array | null = null;
  if (raw) {
    emb = unit(Float32Array.from(raw));
    if (emb) {
      removePc(emb, rep.pc);
      emb = unit(emb);
    }
  }
  return { emb, ...tfidf(card, rep) };
}

/** Represents a card that was not part of the fit (live placement), with the fitted statistics. */
export function embedCard(rep: Representation, card: AnalyzedCard): CardVector {
  return embedWith(rep, card, rep.vectors ? rawEmbedding(card, rep.vectors) : null);
}

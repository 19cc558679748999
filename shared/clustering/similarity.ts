// Step 6: similarity = α·cos(meaning) + (1-α)·cos(lexical), α chosen by evaluation.
import type { CardVector } from './represent';

export const DEFAULT_ALPHA = 0.5;

export function sparseDot(a: CardVector, b: CardVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

export function denseDot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

export function similarity(a: CardVector, b: CardVector, alpha = DEFAULT_ALPHA): number {
  if (!a.emb || !b.emb) return sparseDot(a, b);
  return alpha * denseDot(a.emb, b.emb) + (1 - alpha) * sparseDot(a, b);
}

/** Full n×n similarity matrix (row-major). Dense part on one contiguous Float64Array of the cards
 * that have a meaning view, 2×2 register-blocked (each loaded value serves two dot products);
 * lexical part through an inverted index, so only pairs sharing a term cost anything. */
export function similarityMatrix(cards: CardVector[], alpha = DEFAULT_ALPHA): Float32Array {
  const n = cards.length;
  const m = new Float32Array(n * n);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  const D = cards.find((c) => c.emb)?.emb?.length ?? 0;
  const has = new Uint8Array(n);
  const idx: number[] = [];
  cards.forEach((c, i) => {
    if (c.emb) {
      has[i] = 1;
      idx.push(i);
    }
  });
  const r = idx.length;
  const E = new Float64Array(r * D);
  idx.forEach((i, p) => {
    const e = cards[i]!.emb!;
    for (let d = 0; d < D; d++) E[p * D + d] = e[d]!;
  });
  const set = (p: number, q: number, s: number) => {
    const a = idx[p]!;
    const b = idx[q]!;
    m[a * n + b] = alpha * s;
    m[b * n + a] = alpha * s;
  };
  let row = 0;
  for (; row + 1 < r; row += 2) {
    const oa = row * D;
    const ob = oa + D;
    let s = 0;
    for (let d = 0; d < D; d++) s += E[oa + d]! * E[ob + d]!;
    set(row, row + 1, s);
    let q = row + 2;
    for (; q + 1 < r; q += 2) {
      const oc = q * D;
      const od = oc + D;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let d = 0; d < D; d++) {
        const a = E[oa + d]!;
        const b = E[ob + d]!;
        const c = E[oc + d]!;
        const e = E[od + d]!;
        s00 += a * c;
        s01 += a * e;
        s10 += b * c;
        s11 += b * e;
      }
      set(row, q, s00);
      set(row, q + 1, s01);
      set(row + 1, q, s10);
      set(row + 1, q + 1, s11);
    }
    for (; q < r; q++) {
      const oc = q * D;
      let s0 = 0;
      let s1 = 0;
      for (let d = 0; d < D; d++) {
        const c = E[oc + d]!;
        s0 += E[oa + d]! * c;
        s1 += E[ob + d]! * c;
      }
      set(row, q, s0);
      set(row + 1, q, s1);
    }
  }
  // (an odd last row has all its pairs done above)
  const postings = new Map<number, { cards: number[]; ws: number[] }>();
  cards.forEach((c, i) =>
    c.ids.forEach((id, k) => {
      let p = postings.get(id);
      if (!p) postings.set(id, (p = { cards: [], ws: [] }));
      p.cards.push(i);
      p.ws.push(c.w[k]!);
    }),
  );
  for (const { cards: pc, ws } of postings.values()) {
    for (let x = 0; x < pc.length; x++) {
      const a = pc[x]!;
      const wa = ws[x]!;
      for (let y = x + 1; y < pc.length; y++) {
        // Without a meaning view on both sides (no vectors, other language), words decide alone.
        const b = pc[y]!;
        const s = (has[a] && has[b] ? 1 - alpha : 1) * wa * ws[y]!;
        m[a * n + b]! += s;
        m[b * n + a]! += s;
      }
    }
  }
  return m;
}

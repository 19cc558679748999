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

/** Full n×n similarity matrix (row-major). Dense part on one contiguous Float64Array, unrolled;
 * lexical part through an inverted index, so only pairs sharing a term cost anything. */
export function similarityMatrix(cards: CardVector[], alpha = DEFAULT_ALPHA): Float32Array {
  const n = cards.length;
  const m = new Float32Array(n * n);
  const D = cards.find((c) => c.emb)?.emb?.length ?? 0;
  const E = new Float64Array(n * D);
  const has = new Uint8Array(n);
  cards.forEach((c, i) => {
    if (!c.emb) return;
    has[i] = 1;
    for (let d = 0; d < D; d++) E[i * D + d] = alpha * c.emb[d]!;
  });
  const scale = alpha > 0 ? 1 / alpha : 0;
  const D4 = D - (D % 4);
  for (let i = 0; i < n; i++) {
    m[i * n + i] = 1;
    if (!has[i]) continue;
    const oi = i * D;
    for (let j = i + 1; j < n; j++) {
      if (!has[j]) continue;
      const oj = j * D;
      let s = 0;
      let d = 0;
      for (; d < D4; d += 4)
        s +=
          E[oi + d]! * E[oj + d]! +
          E[oi + d + 1]! * E[oj + d + 1]! +
          E[oi + d + 2]! * E[oj + d + 2]! +
          E[oi + d + 3]! * E[oj + d + 3]!;
      for (; d < D; d++) s += E[oi + d]! * E[oj + d]!;
      s *= scale; // E holds α·emb, so s/α = α·cos
      m[i * n + j] = s;
      m[j * n + i] = s;
    }
  }
  const postings = new Map<number, { card: number; w: number }[]>();
  cards.forEach((c, i) =>
    c.ids.forEach((id, k) => {
      let p = postings.get(id);
      if (!p) postings.set(id, (p = []));
      p.push({ card: i, w: c.w[k]! });
    }),
  );
  for (const p of postings.values()) {
    for (let x = 0; x < p.length; x++) {
      for (let y = x + 1; y < p.length; y++) {
        // Without a meaning view on both sides (no vectors, other language), words decide alone.
        const a = p[x]!.card;
        const b = p[y]!.card;
        const s = (has[a] && has[b] ? 1 - alpha : 1) * p[x]!.w * p[y]!.w;
        m[p[x]!.card * n + p[y]!.card]! += s;
        m[p[y]!.card * n + p[x]!.card]! += s;
      }
    }
  }
  return m;
}

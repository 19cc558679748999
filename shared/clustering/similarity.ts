// Step 6: similarity = α·cos(meaning) + (1-α)·cos(lexical), α chosen by evaluation.
import type { CardVector } from './represent';

export const DEFAULT_ALPHA = 0.7;

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
  const e = a.emb && b.emb ? denseDot(a.emb, b.emb) : 0;
  return alpha * e + (1 - alpha) * sparseDot(a, b);
}

/** Full n×n similarity matrix (row-major). The lexical part goes through an inverted index. */
export function similarityMatrix(cards: CardVector[], alpha = DEFAULT_ALPHA): Float32Array {
  const n = cards.length;
  const m = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    const a = cards[i]!.emb;
    m[i * n + i] = 1;
    if (!a) continue;
    for (let j = i + 1; j < n; j++) {
      const b = cards[j]!.emb;
      if (!b) continue;
      const s = alpha * denseDot(a, b);
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
        const s = (1 - alpha) * p[x]!.w * p[y]!.w;
        m[p[x]!.card * n + p[y]!.card]! += s;
        m[p[y]!.card * n + p[x]!.card]! += s;
      }
    }
  }
  return m;
}

// Step 7c: spherical k-means refinement of the Ward cut (deterministic: seeded by the cut, ties to
// the lower theme). Ward on many short texts leaves a few large mixed clusters; moving each card
// to the theme whose mean it is closest to (cosine, in the same mixed meaning + words space as
// similarityMatrix: √α·embedding ⊕ √(1−α)·TF-IDF) evens them out. Pinned cards never move.
// Without it (`npm run eval:cluster -- --opts '{"refine":false}'`), StackOverflow-3000 drops
// from NMI/ARI 29.6/14.7 to 24.8/8.1; the 130-card boards barely change (Ward's cut is already
// stable there). A leave-one-out variant (Hartigan-like) moved more cards on small sets but lost
// NMI on both dev sets, so it is not used.
import type { CardVector } from './represent';

export function refineKMeans(
  vecs: CardVector[],
  alpha: number,
  labels: Int32Array,
  pinned: Int32Array,
  maxIter = 6,
): Int32Array {
  const n = vecs.length;
  const lab = Int32Array.from(labels);
  let k = 0;
  for (const l of lab) k = Math.max(k, l + 1);
  const dims = vecs.find((v) => v.emb)?.emb?.length ?? 0;
  let vocab = 0;
  for (const v of vecs) for (const id of v.ids) vocab = Math.max(vocab, id + 1);
  const emb = new Float64Array(k * dims);
  const lex = new Float64Array(k * vocab);
  for (let it = 0; it < maxIter; it++) {
    // Centroids: sums of the mixed vectors, then unit length.
    emb.fill(0);
    lex.fill(0);
    for (let i = 0; i < n; i++) {
      const v = vecs[i]!;
      const c = lab[i]!;
      // A card without a meaning view is its words alone (as in similarityMatrix).
      const lw = v.emb ? Math.sqrt(1 - alpha) : 1;
      if (v.emb) {
        const ea = Math.sqrt(alpha);
        for (let d = 0; d < dims; d++) emb[c * dims + d]! += ea * v.emb[d]!;
      }
      v.ids.forEach((id, q) => (lex[c * vocab + id]! += lw * v.w[q]!));
    }
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < dims; d++) s += emb[c * dims + d]! ** 2;
      for (let t = 0; t < vocab; t++) s += lex[c * vocab + t]! ** 2;
      if (s <= 0) continue;
      const inv = 1 / Math.sqrt(s);
      for (let d = 0; d < dims; d++) emb[c * dims + d]! *= inv;
      for (let t = 0; t < vocab; t++) lex[c * vocab + t]! *= inv;
    }
    let moved = 0;
    const ea = Math.sqrt(alpha);
    for (let i = 0; i < n; i++) {
      if (pinned[i]! >= 0) continue;
      const v = vecs[i]!;
      const lw = v.emb ? Math.sqrt(1 - alpha) : 1;
      const { ids, w } = v;
      let best = lab[i]!;
      let bestS = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        if (v.emb) {
          const e = v.emb;
          const o = c * dims;
          let sd = 0;
          for (let d = 0; d < dims; d++) sd += e[d]! * emb[o + d]!;
          s = ea * sd;
        }
        const o = c * vocab;
        let sl = 0;
        for (let q = 0; q < ids.length; q++) sl += w[q]! * lex[o + ids[q]!]!;
        s += lw * sl;
        if (s > bestS + 1e-12) [best, bestS] = [c, s];
      }
      if (best !== lab[i]) {
        lab[i] = best;
        moved++;
      }
    }
    if (moved <= n / 100) break; // (the last few cards hopping between themes change little)
  }
  return lab;
}

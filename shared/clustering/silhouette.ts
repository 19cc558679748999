// Step 7b: mean silhouette of nested partitions, on distances 1 - similarity. The finest
// partition's per-card, per-cluster distance sums are computed once (O(n²)); coarser cuts of
// the same tree only add those sums up (O(n·k) each).

/** `fine` labels clusters 0..kf-1; `coarse[c]` maps each fine cluster to a coarse one. */
export class NestedSilhouette {
  private readonly sums: Float64Array;
  private readonly kf: number;

  constructor(
    sim: Float32Array,
    private readonly n: number,
    private readonly fine: Int32Array,
  ) {
    this.kf = Math.max(...fine) + 1;
    this.sums = new Float64Array(n * this.kf);
    for (let i = 0; i < n; i++) {
      const row = i * n;
      const out = i * this.kf;
      for (let j = 0; j < n; j++) if (j !== i) this.sums[out + fine[j]!]! += 1 - sim[row + j]!;
    }
  }

  score(coarse: Int32Array, k: number): number {
    const { n, kf, fine, sums } = this;
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) sizes[coarse[fine[i]!]!]!++;
    const acc = new Float64Array(k);
    let total = 0;
    for (let i = 0; i < n; i++) {
      acc.fill(0);
      for (let c = 0; c < kf; c++) acc[coarse[c]!]! += sums[i * kf + c]!;
      const own = coarse[fine[i]!]!;
      if (sizes[own]! <= 1) continue; // singleton: silhouette 0
      const a = acc[own]! / (sizes[own]! - 1);
      let b = Infinity;
      for (let c = 0; c < k; c++)
        if (c !== own && sizes[c]! > 0) b = Math.min(b, acc[c]! / sizes[c]!);
      if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
    }
    return total / n;
  }
}

// Clustering quality against reference labels: NMI (arithmetic mean normalisation, as
// scikit-learn's normalized_mutual_info_score) and the adjusted Rand index.

function contingency(a: readonly (string | number)[], b: readonly (string | number)[]) {
  if (a.length !== b.length) throw new Error('label arrays differ in length');
  const ai = new Map<string | number, number>();
  const bi = new Map<string | number, number>();
  for (const x of a) if (!ai.has(x)) ai.set(x, ai.size);
  for (const x of b) if (!bi.has(x)) bi.set(x, bi.size);
  const table = Array.from({ length: ai.size }, () => new Array<number>(bi.size).fill(0));
  for (let i = 0; i < a.length; i++) table[ai.get(a[i]!)!]![bi.get(b[i]!)!]!++;
  const rows = table.map((r) => r.reduce((s, x) => s + x, 0));
  const cols = Array.from({ length: bi.size }, (_, j) => table.reduce((s, r) => s + r[j]!, 0));
  return { table, rows, cols, n: a.length };
}

const entropy = (counts: number[], n: number) =>
  -counts.reduce((s, c) => (c > 0 ? s + (c / n) * Math.log(c / n) : s), 0);

export function nmi(
  truth: readonly (string | number)[],
  pred: readonly (string | number)[],
): number {
  const { table, rows, cols, n } = contingency(truth, pred);
  if (n === 0) return 1;
  const hA = entropy(rows, n);
  const hB = entropy(cols, n);
  if (hA === 0 && hB === 0) return 1; // both a single cluster: identical
  let mi = 0;
  table.forEach((r, i) =>
    r.forEach((c, j) => {
      if (c > 0) mi += (c / n) * Math.log((c * n) / (rows[i]! * cols[j]!));
    }),
  );
  const denom = (hA + hB) / 2;
  return denom > 0 ? Math.max(0, mi / denom) : 0;
}

export function ari(
  truth: readonly (string | number)[],
  pred: readonly (string | number)[],
): number {
  const { table, rows, cols, n } = contingency(truth, pred);
  const c2 = (x: number) => (x * (x - 1)) / 2;
  const index = table.reduce((s, r) => s + r.reduce((t, x) => t + c2(x), 0), 0);
  const sumA = rows.reduce((s, x) => s + c2(x), 0);
  const sumB = cols.reduce((s, x) => s + c2(x), 0);
  const expected = (sumA * sumB) / c2(n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1; // both trivial partitions
  return (index - expected) / (max - expected);
}

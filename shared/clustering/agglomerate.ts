// Step 7a: hierarchical clustering (Ward or average linkage) by the nearest-neighbour chain
// algorithm: O(n²) time on an n×n distance matrix, deterministic (ties go to the lower index).
// `groups` are forced together first (cards a facilitator placed in one theme) and two groups
// can never merge (cannot-link), so the facilitator's themes survive any cut.

export type Linkage = 'ward' | 'average';
const FORBIDDEN = 1e9;

export interface Merge {
  a: number;
  b: number;
  height: number;
}

export interface Dendrogram {
  n: number;
  /** Merges made before the free ones (pinned groups), in order. */
  forced: Merge[];
  /** Free merges sorted by height. */
  merges: Merge[];
}

/** `dist` is consumed (overwritten). `groups[i]` >= 0 puts item i in a forced group. */
export function agglomerate(
  dist: Float32Array,
  n: number,
  linkage: Linkage,
  groups?: Int32Array,
): Dendrogram {
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const group = groups ? Int32Array.from(groups) : new Int32Array(n).fill(-1);

  // Active items in index order: scans skip merged ones, and ties still go to the lower index.
  const act: number[] = Array.from({ length: n }, (_, i) => i);
  const ward = linkage === 'ward';
  const merge = (a: number, b: number): void => {
    const na = size[a]!;
    const nb = size[b]!;
    const ra = a * n;
    const rb = b * n;
    const dab = dist[ra + b]!;
    // Lance–Williams update; reads rows a and b (contiguous), writes row and column a.
    for (const k of act) {
      if (k === a || k === b) continue;
      const nk = size[k]!;
      const v = ward
        ? ((nk + na) * dist[ra + k]! + (nk + nb) * dist[rb + k]! - nk * dab) / (nk + na + nb)
        : (na * dist[ra + k]! + nb * dist[rb + k]!) / (na + nb);
      dist[k * n + a] = v;
      dist[ra + k] = v;
    }
    size[a] = na + nb;
    active[b] = 0;
    act.splice(act.indexOf(b), 1);
    if (group[a]! < 0) group[a] = group[b]!;
  };

  // Forced merges: members of one group join the group's first member.
  const forced: Merge[] = [];
  const head = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const g = group[i]!;
    if (g < 0) continue;
    const h = head.get(g);
    if (h === undefined) head.set(g, i);
    else {
      forced.push({ a: h, b: i, height: 0 });
      merge(h, i);
    }
  }
  // Cannot-link between different groups.
  const heads = [...head.values()];
  for (const x of heads) for (const y of heads) if (x !== y) dist[x * n + y] = FORBIDDEN;

  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = 0;
  for (let i = 0; i < n; i++) remaining += active[i]!;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(act[0]!);
    const a = chain[chain.length - 1]!;
    const prev = chain.length > 1 ? chain[chain.length - 2]! : -1;
    let best = -1;
    let bestD = Infinity;
    const ra = a * n;
    for (const k of act) {
      if (k === a) continue;
      const d = dist[ra + k]!;
      if (d < bestD || (d === bestD && k === prev)) {
        bestD = d;
        best = k;
      }
    }
    if (best === prev) {
      chain.pop();
      chain.pop();
      const [x, y] = a < prev ? [a, prev] : [prev, a];
      merges.push({ a: x, b: y, height: bestD });
      merge(x, y);
      remaining--;
    } else chain.push(best);
  }
  merges.sort((p, q) => p.height - q.height);
  return { n, forced, merges };
}

/** Cluster index per item (0..k-1, numbered by first item) when the tree is cut into k clusters. */
export function cut(tree: Dendrogram, k: number): Int32Array {
  const parent = Int32Array.from({ length: tree.n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const m of tree.forced) parent[find(m.b)] = find(m.a);
  const free = tree.n - tree.forced.length;
  const take = Math.max(0, Math.min(tree.merges.length, free - k));
  for (let i = 0; i < take; i++) {
    const m = tree.merges[i]!;
    if (m.height >= FORBIDDEN / 2) break;
    parent[find(m.b)] = find(m.a);
  }
  const label = new Int32Array(tree.n);
  const ids = new Map<number, number>();
  for (let i = 0; i < tree.n; i++) {
    const r = find(i);
    if (!ids.has(r)) ids.set(r, ids.size);
    label[i] = ids.get(r)!;
  }
  return label;
}

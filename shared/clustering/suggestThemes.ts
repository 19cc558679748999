// The whole pipeline: analyze → represent → similarity → hierarchical clustering cut at the
// k in [minThemes, maxThemes] with the best silhouette → outliers to Unsorted → labels.
import { analyze, type AnalyzedCard } from './analyze';
import { fitRepresentation } from './represent';
import { DEFAULT_ALPHA, similarityMatrix } from './similarity';
import { agglomerate, cut, type Linkage } from './agglomerate';
import { NestedSilhouette } from './silhouette';
import { labelThemes } from './label';
import type { WordVectors } from './wordVectors';

export interface ClusterInput {
  id: string;
  text: string;
  themeId?: string | null;
  /** Placed by the facilitator by hand: stays in its theme and seeds it. */
  pinned?: boolean;
}

export interface SuggestedTheme {
  label: string;
  cardIds: string[];
  /** Set when the theme grew from a facilitator's pinned cards. */
  themeId?: string;
}

export interface SuggestOptions {
  /** Weight of the word-vector cosine against the TF-IDF cosine. */
  alpha?: number;
  minThemes?: number;
  maxThemes?: number;
  /** Fixed number of themes instead of the silhouette choice. */
  k?: number;
  linkage?: Linkage;
  /** Largest share of cards left unsorted. */
  maxUnsorted?: number;
  /** A card whose mean similarity to its theme is below this goes to Unsorted. */
  minCohesion?: number;
}

export interface Suggestion {
  themes: SuggestedTheme[];
  unsorted: string[];
}

export function suggestThemes(
  cards: ClusterInput[],
  vectors: WordVectors | null,
  opts: SuggestOptions = {},
): Suggestion {
  const n = cards.length;
  if (n === 0) return { themes: [], unsorted: [] };
  const analyzed = cards.map((c) => analyze(c.text, vectors));
  const rep = fitRepresentation(analyzed, vectors);
  const sim = similarityMatrix(rep.cards, opts.alpha ?? DEFAULT_ALPHA);

  const groupOf = new Map<string, number>();
  const groups = new Int32Array(n).fill(-1);
  cards.forEach((c, i) => {
    if (!c.pinned || !c.themeId) return;
    if (!groupOf.has(c.themeId)) groupOf.set(c.themeId, groupOf.size);
    groups[i] = groupOf.get(c.themeId)!;
  });
  const pinnedThemes = [...groupOf.keys()];

  const linkage = opts.linkage ?? 'ward';
  const dist = new Float32Array(n * n);
  for (let i = 0; i < n * n; i++)
    dist[i] = linkage === 'ward' ? Math.max(0, 2 - 2 * sim[i]!) : 1 - sim[i]!;
  const tree = agglomerate(dist, n, linkage, groups);

  const free = n - tree.forced.length; // clusters before any free merge
  const lo = Math.max(pinnedThemes.length, Math.min(opts.minThemes ?? 4, Math.ceil(free / 3)), 1);
  const hi = Math.max(lo, Math.min(opts.maxThemes ?? 16, free));
  let labels = cut(tree, Math.min(Math.max(opts.k ?? lo, lo), hi));
  if (opts.k === undefined) {
    const fine = cut(tree, hi);
    const sil = new NestedSilhouette(sim, n, fine);
    let best = -Infinity;
    for (let k = lo; k <= hi; k++) {
      const l = cut(tree, k);
      const coarse = new Int32Array(hi);
      for (let i = 0; i < n; i++) coarse[fine[i]!] = l[i]!;
      const s = sil.score(coarse, k);
      if (s > best + 1e-9) [best, labels] = [s, l];
    }
  }
  const clusters = toClusters(labels);
  const unsorted = pickUnsorted(sim, n, clusters, groups, opts);
  const kept = clusters.map((m) => m.filter((i) => !unsorted.has(i))).filter((m) => m.length > 0);
  const names = labelThemes(analyzed, kept);
  const themes = kept.map((m, c): SuggestedTheme => {
    const t: SuggestedTheme = { label: names[c]!, cardIds: m.map((i) => cards[i]!.id) };
    const g = m.map((i) => groups[i]!).find((x) => x >= 0);
    if (g !== undefined) t.themeId = pinnedThemes[g]!;
    return t;
  });
  return { themes, unsorted: [...unsorted].sort((a, b) => a - b).map((i) => cards[i]!.id) };
}

function toClusters(labels: Int32Array): number[][] {
  const out: number[][] = [];
  labels.forEach((c, i) => (out[c] ??= []).push(i));
  return out.filter(Boolean);
}

/** Singletons and the least cohesive cards (never pinned ones), at most maxUnsorted of all. */
function pickUnsorted(
  sim: Float32Array,
  n: number,
  clusters: number[][],
  groups: Int32Array,
  opts: SuggestOptions,
): Set<number> {
  const cap = Math.floor((opts.maxUnsorted ?? 0.15) * n);
  const minCohesion = opts.minCohesion ?? 0.1;
  const scored: { i: number; s: number }[] = [];
  for (const m of clusters) {
    for (const i of m) {
      if (groups[i]! >= 0) continue;
      let s = 0;
      for (const j of m) if (j !== i) s += sim[i * n + j]!;
      scored.push({ i, s: m.length > 1 ? s / (m.length - 1) : -1 });
    }
  }
  scored.sort((a, b) => a.s - b.s || a.i - b.i);
  const out = new Set<number>();
  for (const { i, s } of scored) {
    if (out.size >= cap || s >= minCohesion) break;
    out.add(i);
  }
  return out;
}

// Step 8: label a theme with its most distinctive words (class-based TF-IDF, Grootendorst 2022)
// shown in the surface form its cards use; a two-word phrase wins when several cards share it.
import type { AnalyzedCard } from './analyze';

const MAX_WORDS = 3;

/** One label per cluster; `clusters` lists card indexes into `cards`. */
export function labelThemes(cards: AnalyzedCard[], clusters: number[][]): string[] {
  const total = new Map<string, number>();
  const perCluster = clusters.map((members) => {
    const tf = new Map<string, number>();
    for (const i of members) {
      const seen = new Set<string>();
      const toks = cards[i]!.tokens;
      toks.forEach((t, k) => {
        const terms = [t.key];
        const next = toks[k + 1];
        if (next) terms.push(`${t.key} ${next.key}`);
        for (const term of terms) {
          if (seen.has(term)) continue; // count documents, not repeats
          seen.add(term);
          tf.set(term, (tf.get(term) ?? 0) + 1);
          total.set(term, (total.get(term) ?? 0) + 1);
        }
      });
    }
    return tf;
  });
  const avg = clusters.reduce((s, c) => s + c.length, 0) / Math.max(1, clusters.length);
  return clusters.map((members, c) => {
    const tf = perCluster[c]!;
    const scored = [...tf]
      .filter(([term, f]) => !term.includes(' ') || f >= 2)
      .map(([term, f]) => ({
        term,
        score:
          (f / members.length) *
          Math.log(1 + avg / total.get(term)!) *
          (term.includes(' ') ? 1.5 : 1),
      }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    const picked: string[] = [];
    let words = 0;
    for (const { term } of scored) {
      const parts = term.split(' ');
      if (picked.some((p) => p.split(' ').some((w) => parts.includes(w)))) continue;
      if (words + parts.length > MAX_WORDS) continue;
      picked.push(term);
      words += parts.length;
      if (words >= MAX_WORDS) break;
    }
    const label = picked.map((t) => surfaceOf(cards, members, t)).join(', ');
    return label || firstWords(cards, members);
  });
}

/** Most frequent surface form of a (stemmed) term among the cluster's cards. */
function surfaceOf(cards: AnalyzedCard[], members: number[], term: string): string {
  const keys = term.split(' ');
  const counts = new Map<string, number>();
  for (const i of members) {
    const toks = cards[i]!.tokens;
    for (let k = 0; k + keys.length <= toks.length; k++) {
      if (keys.every((key, o) => toks[k + o]!.key === key)) {
        const s = toks
          .slice(k, k + keys.length)
          .map((t) => t.surface)
          .join(' ');
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
    }
  }
  let best = term;
  let bestN = 0;
  for (const [s, f] of counts) if (f > bestN || (f === bestN && s < best)) [best, bestN] = [s, f];
  return best;
}

function firstWords(cards: AnalyzedCard[], members: number[]): string {
  for (const i of members) {
    const t = cards[i]!.tokens.slice(0, 2)
      .map((x) => x.surface)
      .join(' ');
    if (t) return t;
  }
  return 'Theme';
}

// Step 8: label a theme with its most distinctive words (class-based TF-IDF, Grootendorst 2022),
// shown in the surface form its cards use.
//  - A term must occur in at least 2 of the theme's cards (when it has 3 or more), so one odd
//    card cannot name the theme.
//  - A two-word phrase (adjacent words in the cards, stopwords not skipped) that several cards
//    share beats its single words.
//  - With word vectors, words close to the theme's meaning (its mean card embedding) are
//    preferred over words that merely happen to recur.
//  - Filler words of spoken English ("actually", "ask", "ago", …) never name a theme; numbers
//    neither.
import type { AnalyzedCard } from './analyze';
import type { Representation } from './represent';

const MAX_WORDS = 3;
const PHRASE_BOOST = 1.5;

/** Generic conversational filler (label-only: the words still count for clustering). */
const FILLER = new Set(
  (
    'actually actual really thing things stuff ago ask asked asking asks nothing something anything ' +
    'everything everyone everybody someone somebody anyone anybody nobody people folks guys ' +
    'maybe probably perhaps kind sort bit pretty quite totally basically literally definitely ' +
    'seem seems seemed feel feels felt know knew known think thought say said says tell told ' +
    'want wanted wants go goes going went gone come comes came coming take takes took taken ' +
    'put puts give gives gave given let lets look looks looked keep keeps kept start started ' +
    'try tried trying use used using good great bad better best worse big little last next ' +
    'already else enough whole via yet almost often sometimes usually instead anyway though ' +
    'ever able sure lol yeah hmm whatever somehow anymore mostly mainly especially well ' +
    // NLTK's English stopwords missing from the `stopword` package (kept for clustering: dropping
    // them there measured worse on both dev sets).
    'myself ours ourselves yours yourself yourselves she hers herself its itself theirs ' +
    'themselves whom having does doing until against during above below down off again further ' +
    'once when why few no nor not own so us gets got'
  ).split(' '),
);

const isLabelWord = (surface: string) =>
  !FILLER.has(surface) && !/\p{N}/u.test(surface) && [...surface].length >= 2;

interface Term {
  key: string;
  /** Word-vector row of a single word, or -1. */
  vec: number;
  words: number;
}

/** One label per cluster; `clusters` lists card indexes into `cards`. */
export function labelThemes(
  cards: AnalyzedCard[],
  clusters: number[][],
  rep?: Representation,
): string[] {
  const total = new Map<string, number>();
  const info = new Map<string, Term>();
  const perCluster = clusters.map((members) => {
    const tf = new Map<string, number>();
    for (const i of members) {
      const seen = new Set<string>();
      const { tokens: toks, pos } = cards[i]!;
      toks.forEach((t, k) => {
        if (!isLabelWord(t.surface)) return;
        const terms: [string, number, number][] = [[t.key, t.vec, 1]];
        const next = toks[k + 1];
        if (next && pos[k + 1] === pos[k]! + 1 && isLabelWord(next.surface) && next.key !== t.key)
          terms.push([`${t.key} ${next.key}`, -1, 2]);
        for (const [term, vec, words] of terms) {
          if (seen.has(term)) continue; // count cards, not repeats
          seen.add(term);
          if (!info.has(term)) info.set(term, { key: term, vec, words });
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
    const centroid = rep ? meaningCentroid(rep, members) : null;
    const minDf = members.length >= 3 ? 2 : 1;
    const rank = (min: number) =>
      [...tf]
        .filter(([, f]) => f >= min)
        .map(([term, f]) => {
          const t = info.get(term)!;
          let score = (f / members.length) * Math.log(1 + avg / total.get(term)!);
          if (t.words > 1) score *= PHRASE_BOOST;
          else if (centroid && rep?.vectors && t.vec >= 0)
            score *= 0.5 + Math.max(0, wordCos(rep, t.vec, centroid));
          return { term, score };
        })
        .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    // Terms shared by several cards first; single-card terms only to reach two words.
    const shared = rank(minDf);
    const rest = minDf > 1 ? rank(1).filter((x) => tf.get(x.term)! < minDf) : [];
    const picked: string[] = [];
    let words = 0;
    for (const { term } of [...shared, ...rest]) {
      if (words >= 2 && tf.get(term)! < minDf) break;
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

/** Unit mean of the members' (PC-removed) embeddings, or null. */
function meaningCentroid(rep: Representation, members: number[]): Float32Array | null {
  const dims = rep.vectors?.dims ?? 0;
  if (!dims) return null;
  const c = new Float32Array(dims);
  let any = false;
  for (const i of members) {
    const e = rep.cards[i]?.emb;
    if (!e) continue;
    any = true;
    for (let d = 0; d < dims; d++) c[d]! += e[d]!;
  }
  if (!any) return null;
  let n = 0;
  for (const x of c) n += x * x;
  if (n < 1e-12) return null;
  const inv = 1 / Math.sqrt(n);
  for (let d = 0; d < dims; d++) c[d]! *= inv;
  return c;
}

/** Cosine of a word's vector (common direction removed, like the cards') and a unit centroid. */
function wordCos(rep: Representation, vec: number, centroid: Float32Array): number {
  const { dims, data } = rep.vectors!;
  const off = vec * dims;
  let pcDot = 0;
  if (rep.pc) for (let d = 0; d < dims; d++) pcDot += data[off + d]! * rep.pc[d]!;
  let dot = 0;
  let norm = 0;
  for (let d = 0; d < dims; d++) {
    const x = data[off + d]! - (rep.pc ? pcDot * rep.pc[d]! : 0);
    dot += x * centroid[d]!;
    norm += x * x;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/** Most frequent surface form of a (stemmed) term among the cluster's cards. */
function surfaceOf(cards: AnalyzedCard[], members: number[], term: string): string {
  const keys = term.split(' ');
  const counts = new Map<string, number>();
  for (const i of members) {
    const { tokens: toks, pos } = cards[i]!;
    for (let k = 0; k + keys.length <= toks.length; k++) {
      if (!keys.every((key, o) => toks[k + o]!.key === key)) continue;
      if (keys.length > 1 && pos[k + keys.length - 1] !== pos[k]! + keys.length - 1) continue;
      const s = toks
        .slice(k, k + keys.length)
        .map((t) => t.surface)
        .join(' ');
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  let best = term;
  let bestN = 0;
  for (const [s, f] of counts) if (f > bestN || (f === bestN && s < best)) [best, bestN] = [s, f];
  return best;
}

function firstWords(cards: AnalyzedCard[], members: number[]): string {
  for (const i of members) {
    const t = cards[i]!.tokens.filter((x) => isLabelWord(x.surface))
      .slice(0, 2)
      .map((x) => x.surface)
      .join(' ');
    if (t) return t;
  }
  for (const i of members) {
    const t = cards[i]!.tokens.slice(0, 2)
      .map((x) => x.surface)
      .join(' ');
    if (t) return t;
  }
  return 'Theme';
}

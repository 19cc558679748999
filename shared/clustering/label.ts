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
import type { AnalyzedCard, Token } from './analyze';
import type { Representation } from './represent';

const MAX_WORDS = 3;
const PHRASE_BOOST = 1.5;
const BOOST_TOP = 40;
const byScore = (a: { term: string; score: number }, b: { term: string; score: number }) =>
  b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

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
    'ever able sure non lol yeah hmm whatever somehow anymore mostly mainly especially well ' +
    // NLTK's English stopwords missing from the `stopword` package (kept for clustering: dropping
    // them there measured worse on both dev sets).
    'myself ours ourselves yours yourself yourselves she hers herself its itself theirs ' +
    'themselves whom having does doing until against during above below down off again further ' +
    'once when why few no nor not own so us gets got'
  ).split(' '),
);

const labelWords = new Map<string, boolean>();
function isLabelWord(surface: string): boolean {
  let ok = labelWords.get(surface);
  if (ok === undefined) {
    ok = !FILLER.has(surface) && !/\p{N}/u.test(surface) && [...surface].length >= 2;
    if (labelWords.size > 100_000) labelWords.clear();
    labelWords.set(surface, ok);
  }
  return ok;
}

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
  const boardLang = mainLanguage(cards);
  // Terms (words and adjacent-word phrases) by integer id: counting stays cheap on 2,000 cards.
  const terms: Term[] = [];
  const total: number[] = [];
  const stamp: number[] = []; // last card that counted the term: count cards, not repeats
  const uni = new Map<string, number>();
  const bi = new Map<number, number>();
  const termOf = (t: Token) => {
    let id = uni.get(t.key);
    if (id === undefined) {
      uni.set(t.key, (id = terms.length));
      terms.push({ key: t.key, vec: t.vec, words: 1 });
      total.push(0);
      stamp.push(-1);
    }
    return id;
  };
  const perCluster = clusters.map((members) => {
    const tf = new Map<number, number>();
    const count = (id: number, card: number) => {
      if (stamp[id] === card) return;
      stamp[id] = card;
      tf.set(id, (tf.get(id) ?? 0) + 1);
      total[id]!++;
    };
    for (const i of members) {
      const { tokens: toks, pos } = cards[i]!;
      let prev = -1; // term id of the previous token when it can start a phrase
      toks.forEach((t, k) => {
        if (!isLabelWord(t.surface)) {
          prev = -1;
          return;
        }
        const id = termOf(t);
        count(id, i);
        if (prev >= 0 && prev !== id && pos[k - 1] === pos[k]! - 1) {
          const pair = prev * 1048576 + id;
          let pid = bi.get(pair);
          if (pid === undefined) {
            bi.set(pair, (pid = terms.length));
            terms.push({ key: `${terms[prev]!.key} ${t.key}`, vec: -1, words: 2 });
            total.push(0);
            stamp.push(-1);
          }
          count(pid, i);
        }
        prev = id;
      });
    }
    return tf;
  });
  const avg = clusters.reduce((s, c) => s + c.length, 0) / Math.max(1, clusters.length);
  return clusters.map((members, c) => {
    const tf = perCluster[c]!;
    const centroid = rep ? meaningCentroid(rep, members) : null;
    const minDf = members.length >= 3 ? 2 : 1;
    // Base c-TF-IDF for every term; the meaning boost (×0.5–1.5) only re-orders the top ones.
    const rank = (keep: (f: number) => boolean) => {
      const base = [...tf]
        .filter(([, f]) => keep(f))
        .map(([id, f]) => {
          const t = terms[id]!;
          const score = (f / members.length) * Math.log(1 + avg / total[id]!);
          return { term: t.key, id, t, score: t.words > 1 ? score * PHRASE_BOOST : score };
        })
        .sort(byScore)
        .slice(0, BOOST_TOP);
      if (centroid && rep?.vectors)
        for (const x of base)
          if (x.t.words === 1 && x.t.vec >= 0)
            x.score *= 0.5 + Math.max(0, wordCos(rep, x.t.vec, centroid));
      return base.sort(byScore);
    };
    // Terms shared by several cards first; single-card terms only to reach two words.
    const shared = rank((f) => f >= minDf);
    const rest = minDf > 1 ? rank((f) => f < minDf) : [];
    const picked: { key: string; surface: string }[] = [];
    const used = new Set<string>(); // keys, surface words and roots already in the label
    const mark = (parts: string[], shown: string[]) => {
      for (const w of [...parts, ...shown, ...shown.map(rootOf)]) used.add(w);
    };
    let words = 0;
    for (const { term, id } of [...shared, ...rest]) {
      if (words >= 2 && tf.get(id)! < minDf) break;
      const parts = term.split(' ');
      const surface = surfaceOf(cards, members, term, boardLang);
      const shown = surface.split(' ');
      // A shared phrase that extends a word already picked replaces it (language → plain language).
      if (parts.length === 2 && tf.get(id)! >= minDf && words < MAX_WORDS) {
        const at = picked.findIndex((p) => parts.includes(p.key));
        const other = parts.find((w) => w !== picked[at]?.key);
        if (
          at >= 0 &&
          other &&
          !used.has(other) &&
          !used.has(rootOf(shown[parts.indexOf(other)]!))
        ) {
          picked[at] = { key: term, surface };
          mark(parts, shown);
          words++;
          if (words >= MAX_WORDS) break;
          continue;
        }
      }
      if (words + parts.length > MAX_WORDS || parts.some((w) => used.has(w))) continue;
      // Same word under another stemmer, or the same root (partners / partnership).
      if (shown.some((w) => used.has(w) || used.has(rootOf(w)))) continue;
      picked.push({ key: term, surface });
      mark(parts, shown);
      words += parts.length;
      if (words >= MAX_WORDS) break;
    }
    const label = picked.map((p) => p.surface).join(', ');
    return label || firstWords(cards, members);
  });
}

const rootOf = (w: string) => `\u0000${[...w].slice(0, 6).join('')}`;

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

/** The language most of the board's cards are in ('und' counts as English). */
function mainLanguage(cards: AnalyzedCard[]): string {
  const counts = new Map<string, number>();
  for (const c of cards) {
    const lang = c.lang === 'und' ? 'eng' : c.lang;
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best = 'eng';
  let bestN = 0;
  for (const [lang, n] of counts) if (n > bestN) [best, bestN] = [lang, n];
  return best;
}

/**
 * Most frequent surface form of a (stemmed) term among the cluster's cards. Through the glossary
 * a Spanish "presupuesto" and an English "budget" share a term; the label speaks the board's
 * main language, so a form from a card in that language wins over any other.
 */
function surfaceOf(
  cards: AnalyzedCard[],
  members: number[],
  term: string,
  boardLang: string,
): string {
  const keys = term.split(' ');
  const counts = new Map<string, number>();
  for (const i of members) {
    const { tokens: toks, pos, lang } = cards[i]!;
    const weight = (lang === 'und' ? 'eng' : lang) === boardLang ? cards.length + 1 : 1;
    for (let k = 0; k + keys.length <= toks.length; k++) {
      if (!keys.every((key, o) => toks[k + o]!.key === key)) continue;
      if (keys.length > 1 && pos[k + keys.length - 1] !== pos[k]! + keys.length - 1) continue;
      const s = toks
        .slice(k, k + keys.length)
        .map((t) => t.surface)
        .join(' ');
      counts.set(s, (counts.get(s) ?? 0) + weight);
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

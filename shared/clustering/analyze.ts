// Steps 1–4 for one card: normalize → tokenize → language → stopwords → stem (+ vector lookup).
import { normalize, stripAccents } from './normalize';
import { tokenize } from './tokenize';
import { detectLanguage } from './language';
import { isStopword } from './stopwords';
import { stem } from './stem';
import { correctSpelling } from './spelling';
import type { WordVectors } from './wordVectors';

export interface Token {
  /** Readable form (normalized, unstemmed) for labels. */
  surface: string;
  /** Matching key: stem without accents, prefixed by language when not English. */
  key: string;
  /** Word-vector row, or -1. */
  vec: number;
}

export interface AnalyzedCard {
  lang: string;
  tokens: Token[];
  /** Position of each token among the card's words (stopwords included): phrases are adjacent positions. */
  pos: number[];
}

// Token work (stemming is slow in the Snowball port) is memoised per vocabulary and language.
const memo = new WeakMap<object, Map<string, Token | null>>();
const NO_VECTORS = {};
const MEMO_LIMIT = 200_000;

export function analyze(text: string, vectors: WordVectors | null): AnalyzedCard {
  const norm = normalize(text);
  const words = tokenize(norm);
  const known = (w: string) => (vectors ? vectors.indexOf(w) >= 0 : false);
  const glossary = vectors?.glossary;
  const lang = detectLanguage(
    words,
    norm,
    known,
    glossary && ((l, w) => glossary.exact(l, w) !== undefined),
  );
  let cache = memo.get(vectors ?? NO_VECTORS);
  if (!cache || cache.size > MEMO_LIMIT) memo.set(vectors ?? NO_VECTORS, (cache = new Map()));
  const tokens: Token[] = [];
  const pos: number[] = [];
  for (let p = 0; p < words.length; p++) {
    let w = words[p]!;
    // Two-word entries (Vietnamese writes "thư viện", library, as two syllables).
    const pair = p + 1 < words.length ? `${w} ${words[p + 1]!}` : '';
    if (pair && lang !== 'eng' && glossary?.hasPhrase(lang, pair)) w = pair;
    const id = `${lang}\u0000${w}`;
    let t = cache.get(id);
    if (t === undefined) cache.set(id, (t = analyzeWord(w, lang, vectors)));
    if (t) {
      tokens.push(t);
      pos.push(p);
    }
    if (w === pair) p++;
  }
  return { lang, tokens, pos };
}

function analyzeWord(w: string, lang: string, vectors: WordVectors | null): Token | null {
  if (w.length < 2 && !/\p{Script=Han}/u.test(w)) return null;
  if (isStopword(lang, w) || isStopword('eng', w)) return null;
  let vec = -1;
  let surface = w;
  if (vectors && (lang === 'eng' || lang === 'und')) {
    vec = vectors.indexOf(w);
    if (vec < 0) vec = vectors.indexOf(americanSpelling(w));
    if (vec < 0) {
      vec = correctSpelling(w, vectors);
      // A short unknown word is as often a real word missing from the vocabulary as a typo
      // (wifi ≠ wife): it borrows the neighbour's meaning but keeps its own spelling.
      if (vec >= 0 && lang === 'eng' && w.length > 4) surface = vectors.words[vec]!;
    }
  } else if (vectors?.glossary) {
    // Another language: the glossary's English word lends its vector and its stem, so the card
    // meets English cards (and cards in other languages) on both views; the spelling stays.
    const english = vectors.glossary.lookup(lang, w, stripAccents(stem(lang, w)));
    if (english) {
      vec = vectors.indexOf(english);
      if (vec < 0) vec = vectors.indexOf(americanSpelling(english));
      return { surface, key: stem('eng', english), vec };
    }
  }
  if (vec < 0 && vectors && lang !== 'eng' && lang !== 'und' && [...w].length >= 4) {
    // Other languages: loanwords, international words and close cognates carry meaning too
    // (online, stream, chat; clínica → clinic, projets → projects, financer → finance). The
    // word borrows the English vector; its spelling and stem stay the card's own. This is the
    // fallback for words the glossary does not list.
    const bare = stripAccents(w);
    vec = vectors.indexOf(bare);
    if (vec < 0 && bare.length >= 6) vec = correctSpelling(bare, vectors);
  }
  return { surface, key: stripAccents(stem(lang === 'und' ? 'eng' : lang, surface)), vec };
}

/** GloVe saw mostly American spelling: organise → organize, colour → color, centre → center. */
function americanSpelling(w: string): string {
  return w
    .replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1')
    .replace(/our(s|ed|ing)?$/u, 'or$1')
    .replace(/tre(s)?$/u, 'ter$1');
}

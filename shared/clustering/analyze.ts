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
}

export function analyze(text: string, vectors: WordVectors | null): AnalyzedCard {
  const norm = normalize(text);
  const words = tokenize(norm);
  const known = (w: string) => (vectors ? vectors.indexOf(w) >= 0 : false);
  const lang = detectLanguage(words, norm, known);
  const tokens: Token[] = [];
  for (const w of words) {
    if (w.length < 2 && !/\p{Script=Han}/u.test(w)) continue;
    if (isStopword(lang, w) || isStopword('eng', w)) continue;
    let vec = -1;
    if (vectors && (lang === 'eng' || lang === 'und')) {
      vec = vectors.indexOf(w);
      if (vec < 0) vec = correctSpelling(w, vectors);
    }
    const surface = vec >= 0 && vectors && lang === 'eng' && vectors.indexOf(w) < 0 ? vectors.words[vec]! : w;
    tokens.push({ surface, key: stripAccents(stem(lang === 'und' ? 'eng' : lang, surface)), vec });
  }
  return { lang, tokens };
}

// Step 4: Snowball stemmers (snowball-stemmers, pure JS) where one exists for the language.
// English, the language of most cards, goes through wink-porter2-stemmer: the same Porter2
// (Snowball English) algorithm, and faster to start, which a one-off clustering run pays for.
import { newStemmer, type Stemmer } from 'snowball-stemmers';
import porter2 from 'wink-porter2-stemmer';

const SNOWBALL: Record<string, string> = {
  eng: 'english',
  spa: 'spanish',
  fra: 'french',
  deu: 'german',
  por: 'portuguese',
  ita: 'italian',
  nld: 'dutch',
  ron: 'romanian',
  rus: 'russian',
  tur: 'turkish',
  swe: 'swedish',
  dan: 'danish',
  fin: 'finnish',
  hun: 'hungarian',
  cat: 'catalan',
  nob: 'norwegian',
  ces: 'czech',
  ara: 'arabic',
  hye: 'armenian',
  slv: 'slovene',
  eus: 'basque',
  gle: 'irish',
};
const cache = new Map<string, Stemmer | null>();

/** Whether `lang` has a real stemmer (else stem() cuts a prefix, which costs nothing). */
export function hasStemmer(lang: string): boolean {
  return lang === 'eng' || lang in SNOWBALL;
}

export function stem(lang: string, word: string): string {
  if (lang === 'eng') return porter2(word);
  let s = cache.get(lang);
  if (s === undefined) {
    const algo = SNOWBALL[lang];
    s = algo ? newStemmer(algo) : null;
    cache.set(lang, s);
  }
  if (s) return s.stem(word);
  // No stemmer (Polish, Ukrainian, …): a prefix of 6 letters is a crude but useful light stem.
  return lang === 'und' || [...word].length <= 6 ? word : [...word].slice(0, 6).join('');
}

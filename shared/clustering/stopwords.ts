// Step 3b: stopwords per language, from the `stopword` package (62 languages, ISO 639-3 keys).
import * as sw from 'stopword';

const LISTS: Record<string, readonly string[]> = {
  eng: sw.eng,
  spa: sw.spa,
  fra: sw.fra,
  deu: sw.deu,
  por: sw.por,
  ita: sw.ita,
  nld: sw.nld,
  pol: sw.pol,
  ron: sw.ron,
  ukr: sw.ukr,
  rus: sw.rus,
  ind: sw.ind,
  vie: sw.vie,
  tur: sw.tur,
  ces: sw.ces,
  swe: sw.swe,
  dan: sw.dan,
  fin: sw.fin,
  hun: sw.hun,
  cat: sw.cat,
  ell: sw.ell,
  bul: sw.bul,
  hrv: sw.hrv,
  slk: sw.slk,
  slv: sw.slv,
  tgl: sw.tgl,
  swa: sw.swa,
  msa: sw.msa,
  nob: sw.nob,
  lit: sw.lit,
  lav: sw.lav,
  est: sw.est,
  ara: sw.ara,
  fas: sw.fas,
  hin: sw.hin,
};
export const STOPWORD_LANGS: readonly string[] = Object.keys(LISTS);

// Workshop filler that says nothing about a theme, on top of the English list.
const EXTRA_ENG = [
  'also',
  'really',
  'just',
  'like',
  'get',
  'got',
  'lot',
  'lots',
  'thing',
  'things',
  'stuff',
  'honestly',
  'way',
  'ways',
  'etc',
  'need',
  'needs',
  'make',
  'makes',
  'one',
  'much',
  'even',
  'always',
  'never',
  'every',
  'still',
  'yes',
  'ok',
  'okay',
  'can',
  'will',
  'would',
  'could',
  'should',
  "don't",
  "can't",
  "won't",
  "doesn't",
  "isn't",
  "didn't",
  "i'm",
  "i've",
  "it's",
  "that's",
  "there's",
];

const sets = new Map<string, Set<string>>();
function set(lang: string): Set<string> {
  let s = sets.get(lang);
  if (!s) {
    s = new Set((LISTS[lang] ?? []).map((w) => w.toLowerCase()));
    if (lang === 'eng') for (const w of EXTRA_ENG) s.add(w);
    sets.set(lang, s);
  }
  return s;
}

export function isStopword(lang: string, word: string): boolean {
  return set(lang).has(word);
}

// Cross-language bridge for the meaning view: the word vectors are English only, so a card in
// Spanish, Polish or Vietnamese would otherwise be compared by its own words alone and land
// with whatever shares its spelling. The glossary maps the everyday and working vocabulary of
// the languages workshop participants write in to one English word each
// (vectors/glossary.tsv: `lang<TAB>word<TAB>english<TAB>stem`, built by scripts/buildGlossary.ts
// with the Snowball stems precomputed, so loading it runs no stemmer; see glossaryLine).
// A word is found by its exact form, its form without accents (phones often drop them), or its
// stem, so inflected forms match the listed lemma. Only the card's own language is searched:
// a wrong language guess is better fixed where languages are guessed (language.ts) than by
// searching every list, which also lends English-looking words foreign meanings.
import { stripAccents } from './normalize';
import { hasStemmer, stem } from './stem';

export interface Glossary {
  /** English word for a word of `lang` (ISO 639-3) as listed (exact spelling), or undefined. */
  exact(lang: string, word: string): string | undefined;
  /** English word by exact form, form without accents, or `stemKey` (accentless stem). */
  lookup(lang: string, word: string, stemKey: string): string | undefined;
  /** Whether `phrase` (two words joined by a space) is an entry of `lang` (Vietnamese compounds). */
  hasPhrase(lang: string, phrase: string): boolean;
}

interface LooseIndex {
  bare: Map<string, string>;
  stems: Map<string, string>;
}

export function parseGlossary(text: string): Glossary {
  // Only where each language's lines are is noted now (the build writes a language's lines
  // together); they are split and indexed on first use, so an English-only board never pays
  // for the 100,000 entries of the other languages, in time or in memory.
  const spans = new Map<string, { start: number; end: number }[]>();
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < end) {
      const lang = text.slice(at, tab);
      const list = spans.get(lang);
      const last = list?.[list.length - 1];
      if (last && last.end === at - 1) last.end = end;
      else if (list) list.push({ start: at, end });
      else spans.set(lang, [{ start: at, end }]);
    }
    at = end + 1;
  }
  // Per language, built on first use: the exact forms first (cheap: language guessing needs only
  // these), the accentless forms and stems when a word is not found as written.
  const exactIndex = new Map<string, Map<string, string> | null>();
  const looseIndex = new Map<string, LooseIndex>();
  const rows = (lang: string) =>
    (spans.get(lang) ?? [])
      .flatMap(({ start, end }) => text.slice(start, end).split('\n'))
      .map((line) => line.split('\t'))
      .filter((r) => r[1] && r[2]);
  const exactOf = (lang: string): Map<string, string> | null => {
    let idx = exactIndex.get(lang);
    if (idx !== undefined) return idx;
    idx = spans.has(lang) ? new Map() : null;
    // First entry wins everywhere: the lists put a form's most common meaning first.
    for (const [, word, english] of rows(lang)) if (!idx!.has(word!)) idx!.set(word!, english!);
    exactIndex.set(lang, idx);
    return idx;
  };
  const looseOf = (lang: string): LooseIndex => {
    let idx = looseIndex.get(lang);
    if (idx) return idx;
    idx = { bare: new Map(), stems: new Map() };
    for (const [, word, english, stemField] of rows(lang)) {
      const bare = stripAccents(word!);
      if (!idx.bare.has(bare)) idx.bare.set(bare, english!);
      const stemKey = word!.includes(' ')
        ? '' // two-word entries match whole
        : stemField === '='
          ? bare
          : stemField || stripAccents(stem(lang, word!));
      if (stemKey && !idx.stems.has(stemKey)) idx.stems.set(stemKey, english!);
    }
    looseIndex.set(lang, idx);
    return idx;
  };
  return {
    exact: (lang, word) => exactOf(lang)?.get(word),
    lookup(lang, word, stemKey) {
      const exact = exactOf(lang);
      if (!exact) return undefined;
      const hit = exact.get(word);
      if (hit) return hit;
      const loose = looseOf(lang);
      return loose.bare.get(stripAccents(word)) ?? loose.stems.get(stemKey);
    },
    hasPhrase: (lang, phrase) => exactOf(lang)?.has(phrase) ?? false,
  };
}

/** One line of vectors/glossary.tsv, with the stem a card word of `lang` is matched by. */
export function glossaryLine(lang: string, word: string, english: string): string {
  // Only a real stemmer's output is worth storing: "=" when it is the word without accents,
  // nothing for two-word entries and for languages whose stem is a prefix cut when loading.
  let field = '';
  if (!word.includes(' ') && hasStemmer(lang)) {
    const stemKey = stripAccents(stem(lang, word));
    field = stemKey === stripAccents(word) ? '=' : stemKey;
  }
  return `${lang}\t${word}\t${english}\t${field}`;
}

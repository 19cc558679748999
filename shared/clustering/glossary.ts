// Cross-language bridge for the meaning view: the word vectors are English only, so a card in
// Spanish, Polish or Vietnamese would otherwise be compared by its own words alone and land
// with whatever shares its spelling. The glossary maps the everyday and working vocabulary of
// the languages workshop participants write in to one English word each
// (vectors/glossary.tsv: `lang<TAB>word<TAB>english`, built by scripts/buildGlossary.ts).
// A word is found by its exact form, its form without accents (phones often drop them), or its
// stem, so inflected forms match the listed lemma.
import { stripAccents } from './normalize';
import { stem } from './stem';

export interface Glossary {
  /** English word for a word of `lang` (ISO 639-3), or undefined. */
  lookup(lang: string, word: string): string | undefined;
  /** Whether `phrase` (two words joined by a space) is an entry of `lang` (Vietnamese compounds). */
  hasPhrase(lang: string, phrase: string): boolean;
}

interface LangIndex {
  exact: Map<string, string>;
  stems: Map<string, string> | null;
}

export function parseGlossary(text: string): Glossary {
  const raw = new Map<string, [string, string][]>();
  const anyLang = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [lang, word, english] = line.split('\t');
    if (!lang || !word || !english) continue;
    let rows = raw.get(lang);
    if (!rows) raw.set(lang, (rows = []));
    rows.push([word, english]);
  }
  // Every language's exact forms, for a card whose language was misjudged (Spanish read as
  // Italian): first language in file order wins, so the result is deterministic.
  for (const rows of raw.values())
    for (const [word, english] of rows) {
      if (!anyLang.has(word)) anyLang.set(word, english);
      const bare = stripAccents(word);
      if (!anyLang.has(bare)) anyLang.set(bare, english);
    }
  const indexes = new Map<string, LangIndex>();
  // Built on first use: stemming thousands of entries costs tens of milliseconds per language.
  const indexOf = (lang: string): LangIndex | undefined => {
    let idx = indexes.get(lang);
    if (idx) return idx;
    const rows = raw.get(lang);
    if (!rows) return undefined;
    const exact = new Map<string, string>();
    const stems = new Map<string, string>();
    for (const [word, english] of rows) if (!exact.has(word)) exact.set(word, english);
    for (const [word, english] of rows) {
      const bare = stripAccents(word);
      if (!exact.has(bare)) exact.set(bare, english);
      if (word.includes(' ')) continue;
      const key = stripAccents(stem(lang, word));
      if (!stems.has(key)) stems.set(key, english);
    }
    indexes.set(lang, (idx = { exact, stems }));
    return idx;
  };
  return {
    lookup(lang, word) {
      const idx = indexOf(lang);
      if (idx) {
        const hit =
          idx.exact.get(word) ??
          idx.exact.get(stripAccents(word)) ??
          idx.stems?.get(stripAccents(stem(lang, word)));
        if (hit) return hit;
      }
      return anyLang.get(word) ?? anyLang.get(stripAccents(word));
    },
    hasPhrase(lang, phrase) {
      return indexOf(lang)?.exact.has(phrase) ?? false;
    },
  };
}

// Step 3a: guess a card's language (ISO 639-3). Short cards fool trigram detectors, so a card
// whose words are mostly known English words (stopwords or word-vector vocabulary) is English;
// franc-min ranks the rest, restricted to languages we can stem or stopword, and among its
// close candidates the language that knows most of the card's words wins ("el presupuesto no
// alcanza" reads as Italian to trigrams, but Spanish knows all four words).
import { franc, francAll } from 'franc-min';
import { isStopword, STOPWORD_LANGS } from './stopwords';

// franc-min names a few languages by their individual code where our lists use the
// macrolanguage: Standard Arabic, Swahili, Persian and Malay.
const FRANC_CODE: Record<string, string> = { ara: 'arb', swa: 'swh', fas: 'pes', msa: 'zlm' };
const OUR_CODE = Object.fromEntries(Object.entries(FRANC_CODE).map(([ours, f]) => [f, ours]));
const ONLY = STOPWORD_LANGS.map((l) => FRANC_CODE[l] ?? l);
/** Candidates within this much of franc's best score (scores run from 0 to 1) are compared. */
const CLOSE = 0.15;
/**
 * Languages franc-min does not know but our lists do: they compete on known words alone, when
 * the card has a letter of theirs or franc's guess is a close neighbour (checking every card
 * against all seven would index seven glossaries for every short English text that franc reads
 * as something else).
 */
const UNRANKED: [string, RegExp, string[]][] = [
  ['lit', /[ąčęėįšųūž]/u, []],
  ['lav', /[āčēģīķļņšūž]/u, []],
  ['slk', /[ľĺŕôäáčďňšťýž]/u, ['ces']],
  ['dan', /[æøå]/u, ['swe']],
  ['nob', /[æøå]/u, ['swe']],
  ['cat', /l·l|[çàèòï]/u, []],
  ['fin', /[äö]/u, []],
];

export function detectLanguage(
  words: string[],
  text: string,
  knownEnglish: (w: string) => boolean,
  knownIn?: (lang: string, w: string) => boolean,
): string {
  if (words.length === 0) return 'und';
  let en = 0;
  for (const w of words) if (isStopword('eng', w) || knownEnglish(w)) en++;
  if (en / words.length >= 0.7) return 'eng';
  // Scripts of one language each, which franc-min does not know.
  if (/\p{Script=Armenian}/u.test(text)) return 'hye';
  if (/\p{Script=Georgian}/u.test(text)) return 'kat';
  if (/[\u0400-\u04ff]/u.test(text)) {
    return /[іїєґ]/u.test(text)
      ? 'ukr'
      : franc(text, { only: ['rus', 'ukr', 'bul'], minLength: 1 });
  }
  const ranked = francAll(text, { only: ONLY, minLength: 12 }).map(
    ([lang, score]) => [OUR_CODE[lang] ?? lang, score] as const,
  );
  const [best, bestScore] = ranked[0]!;
  if (best !== 'und') {
    let pick = best;
    let pickKnown = -1;
    const close = ranked.filter(([, score]) => score >= bestScore - CLOSE).map(([l]) => l);
    const unranked = UNRANKED.filter(
      ([, letters, near]) => letters.test(text) || near.some((l) => close.includes(l)),
    ).map(([l]) => l);
    for (const lang of [...close, ...unranked]) {
      let known = 0;
      for (const w of words) if (isStopword(lang, w) || knownIn?.(lang, w)) known++;
      if (known > pickKnown) [pick, pickKnown] = [lang, known];
    }
    return pick;
  }
  return en / words.length >= 0.5 ? 'eng' : 'und';
}

// Step 3a: guess a card's language (ISO 639-3). Short cards fool trigram detectors, so a card
// whose words are mostly known English words (stopwords or word-vector vocabulary) is English;
// franc-min decides the rest, restricted to languages we can stem or stopword.
import { franc } from 'franc-min';
import { isStopword, STOPWORD_LANGS } from './stopwords';

const ONLY = [...STOPWORD_LANGS];

export function detectLanguage(
  words: string[],
  text: string,
  knownEnglish: (w: string) => boolean,
): string {
  if (words.length === 0) return 'und';
  let en = 0;
  for (const w of words) if (isStopword('eng', w) || knownEnglish(w)) en++;
  if (en / words.length >= 0.7) return 'eng';
  if (/[\u0400-\u04ff]/u.test(text)) {
    return /[іїєґ]/u.test(text)
      ? 'ukr'
      : franc(text, { only: ['rus', 'ukr', 'bul'], minLength: 1 });
  }
  const guess = franc(text, { only: ONLY, minLength: 12 });
  if (guess !== 'und') return guess;
  return en / words.length >= 0.5 ? 'eng' : 'und';
}

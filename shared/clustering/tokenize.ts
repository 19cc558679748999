// Step 2: words of any language, punctuation dropped. Text in scripts written without spaces
// (Han, Kana, Thai, Lao, Khmer, Myanmar) goes through Intl.Segmenter (word granularity), which
// knows their dictionaries; everything else is split by a Unicode letter/number pattern, which
// gives the same words and is several times faster.

let segmenter: Intl.Segmenter | undefined;
const NEEDS_SEGMENTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// Letters/numbers joined as UAX #29 joins them: by . ' ’ · between letters, and , ; between digits.
const WORD =
  /[\p{L}\p{M}\p{N}_\u00ad]+(?:(?:[.'’·\u2027]|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}_\u00ad]+)*'?/gu;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const push = (segment: string) => {
    // Possessive 's and a trailing apostrophe carry no meaning for grouping.
    const w = segment.replace(/'s$|'$/u, '');
    if (w && !/^\p{N}+$/u.test(w)) out.push(w);
  };
  if (!NEEDS_SEGMENTER.test(text)) {
    for (const m of text.matchAll(WORD)) push(m[0]);
    return out;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  for (const s of segmenter.segment(text)) if (s.isWordLike) push(s.segment);
  return out;
}

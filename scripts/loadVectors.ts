// Node-side loader of the bundled word vectors (the browser fetches the same file).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadWordVectors, type WordVectors } from '../shared/clustering/index';

export const VECTORS_PATH = fileURLToPath(
  new URL('../shared/clustering/vectors/glove-30k.bin', import.meta.url),
);

export function loadVectorsFromDisk(path = VECTORS_PATH): WordVectors {
  return loadWordVectors(new Uint8Array(readFileSync(path)));
}

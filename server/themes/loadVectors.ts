import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadWordVectors, type WordVectors } from '../../shared/clustering/index.js';

export const VECTORS_PATH = fileURLToPath(
  new URL('../../shared/clustering/vectors/glove-30k.bin', import.meta.url),
);

const cache = new Map<string, WordVectors>();

/** The bundled word vectors (GloVe, 30k words), parsed once per process; the browser fetches the same file. */
export function loadVectorsFromDisk(path = VECTORS_PATH): WordVectors {
  let vectors = cache.get(path);
  if (!vectors) cache.set(path, (vectors = loadWordVectors(new Uint8Array(readFileSync(path)))));
  return vectors;
}

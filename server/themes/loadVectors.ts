import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadWordVectors, type WordVectors } from '../../shared/clustering/index.js';

export const VECTORS_PATH = fileURLToPath(
  new URL('../../shared/clustering/vectors/glove-30k.bin', import.meta.url),
);
export const GLOSSARY_PATH = fileURLToPath(
  new URL('../../shared/clustering/vectors/glossary.tsv', import.meta.url),
);

const cache = new Map<string, WordVectors>();

/**
 * The bundled word vectors (GloVe, 30k words) with the glossary that maps other languages onto
 * them, parsed once per process; the browser fetches the same files.
 */
export function loadVectorsFromDisk(
  path = VECTORS_PATH,
  glossaryPath = GLOSSARY_PATH,
): WordVectors {
  const id = `${path}\u0000${glossaryPath}`;
  let vectors = cache.get(id);
  if (!vectors) {
    const glossary = existsSync(glossaryPath) ? readFileSync(glossaryPath, 'utf8') : undefined;
    vectors = loadWordVectors(new Uint8Array(readFileSync(path)), glossary);
    cache.set(id, vectors);
  }
  return vectors;
}

// Builds shared/clustering/vectors/glossary.tsv (`lang<TAB>word<TAB>english<TAB>stem`, read by
// shared/clustering/glossary.ts) from the per-language word lists in scripts/glossary/<iso3>.tsv
// (`word<TAB>english`, written for this project: the everyday and working vocabulary of the
// languages workshop participants write in).
//   npx tsx scripts/buildGlossary.ts
// Keeps an entry only when its English word has a vector (or the stem of one): an entry the
// vectors cannot place would add nothing. Lowercases, drops duplicates (first one wins) and
// entries that are stopwords of their language. The stem (without accents, as card words are
// matched) is computed here so that loading the glossary needs no stemmer run.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStopword } from '../shared/clustering/stopwords';
import { glossaryLine } from '../shared/clustering/glossary';
import { loadWordVectors } from '../shared/clustering/wordVectors';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'scripts/glossary');
const target = join(root, 'shared/clustering/vectors/glossary.tsv');
const vectors = loadWordVectors(
  new Uint8Array(readFileSync(join(root, 'shared/clustering/vectors/glove-30k.bin'))),
);

const lines: string[] = [];
for (const file of readdirSync(sourceDir)
  .filter((f) => /^[a-z]{3}\.tsv$/.test(f))
  .sort()) {
  const lang = basename(file, '.tsv');
  const seen = new Set<string>();
  let kept = 0;
  let dropped = 0;
  for (const row of readFileSync(join(sourceDir, file), 'utf8').split(/\r?\n/)) {
    const [rawWord, rawEnglish] = row.split('\t');
    const word = rawWord?.trim().toLowerCase().normalize('NFC');
    const english = rawEnglish?.trim().toLowerCase();
    if (!word || !english || seen.has(word) || isStopword(lang, word)) continue;
    seen.add(word);
    if (vectors.indexOf(english) < 0) {
      dropped++;
      continue;
    }
    lines.push(glossaryLine(lang, word, english));
    kept++;
  }
  console.log(`${lang}: ${kept} entries (${dropped} without an English vector dropped)`);
}
writeFileSync(target, lines.join('\n') + '\n');
console.log(`${lines.length} entries -> ${target}`);

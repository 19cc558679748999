// npm run --silent cluster -- FILE
// Prints {"themes":[{"label": string, "cards": [0-based card indexes in file order]}]} and
// nothing else on stdout. Cards too far from every theme are listed last in a theme labelled
// "Unsorted" (as on the board), so every card appears exactly once.
import { readFileSync } from 'node:fs';
import { suggestThemes } from '../shared/clustering/index';
import { loadVectorsFromDisk } from '../server/themes/loadVectors';
import { parseCardFile } from './cardFile';

const file = process.argv.slice(2).find((a) => a !== '--');
if (!file) {
  console.error('usage: npm run --silent cluster -- FILE');
  process.exit(2);
}
try {
  const texts = parseCardFile(readFileSync(file, 'utf8'));
  const { themes, unsorted } = suggestThemes(
    texts.map((text, i) => ({ id: String(i), text })),
    loadVectorsFromDisk(),
    { maxThemes: 15 }, // with "Unsorted", at most 16 groups in the output
  );
  const out = themes.map((t) => ({ label: t.label, cards: t.cardIds.map(Number) }));
  if (unsorted.length) out.push({ label: 'Unsorted', cards: unsorted.map(Number) });
  process.stdout.write(JSON.stringify({ themes: out }) + '\n');
} catch (e) {
  console.error(`cluster: ${(e as Error).message}`);
  process.exit(1);
}

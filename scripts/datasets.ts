// Reads the labelled evaluation sets from ../shared/data (never copied into the project).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LabelledSet {
  name: string;
  texts: string[];
  labels: string[];
}

export const DATA_DIR =
  process.env.OTTERBOARD_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));

export function loadSets(dir = DATA_DIR): LabelledSet[] {
  const sets: LabelledSet[] = [];
  const ws = join(dir, 'workshops');
  if (existsSync(ws))
    for (const f of readdirSync(ws)
      .filter((f) => f.endsWith('.tsv'))
      .sort()) {
      const rows = readFileSync(join(ws, f), 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split('\t'));
      sets.push({
        name: basename(f, '.tsv'),
        labels: rows.map((r) => r[0]!),
        texts: rows.map((r) => r.slice(2).join('\t')),
      });
    }
  const pub = join(dir, 'public');
  if (existsSync(pub))
    for (const f of readdirSync(pub)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()) {
      const rows = readFileSync(join(pub, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { text: string; label: string });
      sets.push({
        name: basename(f, '.jsonl'),
        labels: rows.map((r) => r.label),
        texts: rows.map((r) => r.text),
      });
    }
  return sets;
}

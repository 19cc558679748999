// Reads the labelled evaluation sets from ../shared/data (never copied into the project).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32';

export interface LabelledSet {
  name: string;
  texts: string[];
  labels: string[];
  /** The language column of a workshop TSV (ISO 639-1), where the file has one. */
  langs?: string[];
}

/** Each card's theme in a suggestion (`t0`, `t1`, …) or `unsorted`: one more group for the metrics. */
export function predictedLabels(
  cards: readonly { id: string }[],
  themes: readonly { cardIds: readonly string[] }[],
): string[] {
  const of = new Map<string, string>();
  themes.forEach((t, i) => t.cardIds.forEach((id) => of.set(id, `t${i}`)));
  return cards.map((c) => of.get(c.id) ?? 'unsorted');
}

export const DATA_DIR =
  process.env.OTTERBOARD_DATA ?? fileURLToPath(new URL('../../shared/data', import.meta.url));

/** Boards written for this project in the shape of the held-out check (test/fixtures/boards). */
export const BOARDS_DIR = fileURLToPath(new URL('../test/fixtures/boards', import.meta.url));

/** Every `theme<TAB>lang<TAB>text` file of a folder (header line first), by file name. */
export function loadTsvSets(dir: string): LabelledSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => {
      const rows = readFileSync(join(dir, f), 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split('\t'));
      return {
        name: basename(f, '.tsv'),
        labels: rows.map((r) => r[0]!),
        langs: rows.map((r) => r[1]!),
        texts: rows.map((r) => r.slice(2).join('\t')),
      };
    });
}

export function loadSets(dir = DATA_DIR): LabelledSet[] {
  const sets: LabelledSet[] = loadTsvSets(join(dir, 'workshops'));
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

/**
 * A board-sized stratified sample: `labels` labels drawn at random, `per` cards of each (fewer
 * when a label has fewer), in shuffled order. Same seed, same sample.
 */
export function sampleSet(
  set: LabelledSet,
  labels: number,
  per: number,
  seed: number,
): LabelledSet {
  const rand = mulberry32(seed);
  const shuffle = <T>(a: T[]): T[] => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  };
  const byLabel = new Map<string, number[]>();
  set.labels.forEach((l, i) => {
    const list = byLabel.get(l);
    if (list) list.push(i);
    else byLabel.set(l, [i]);
  });
  const picked = shuffle([...byLabel.keys()].sort()).slice(0, labels);
  const idx = shuffle(picked.flatMap((l) => shuffle(byLabel.get(l)!.slice()).slice(0, per)));
  return {
    name: `${set.name}~${seed}`,
    texts: idx.map((i) => set.texts[i]!),
    labels: idx.map((i) => set.labels[i]!),
  };
}

/** The set with each card kept with probability `keep` (order kept). Same seed, same subset. */
export function dropCards(set: LabelledSet, keep: number, seed: number): LabelledSet {
  const rand = mulberry32(seed);
  const idx = set.texts.map((_, i) => i).filter(() => rand() < keep);
  return {
    name: `${set.name}~${seed}`,
    texts: idx.map((i) => set.texts[i]!),
    labels: idx.map((i) => set.labels[i]!),
  };
}

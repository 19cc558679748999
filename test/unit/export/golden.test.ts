import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../shared/export/csv.js';
import { renderHtml } from '../../../shared/export/html.js';
import { renderMarkdown } from '../../../shared/export/markdown.js';
import { buildArchive } from '../../../shared/export/archive.js';
import { replay } from '../../../shared/evolve.js';
import { renderDocx } from '../../../server/export/docx.js';
import { renderXlsx } from '../../../server/export/xlsx.js';
import {
  anonymous,
  EXPORTED_AT,
  fixtureDir,
  fixtureEvents,
  fixtureState,
  withVotes,
} from './fixture.js';
import { readDocx, readXlsx } from './readBack.js';

/**
 * Golden files for every format on the fixed session (test/fixtures/export/session-events.json).
 * After a deliberate change, regenerate them with `UPDATE_GOLDEN=1 npx vitest run test/unit/export`
 * and read the diff.
 */
const expectedDir = `${fixtureDir}expected/`;
const options = { exportedAt: EXPORTED_AT };

function golden(name: string, actual: string): void {
  const file = `${expectedDir}${name}`;
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(expectedDir, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const variants = {
  plain: fixtureState(),
  votes: withVotes(fixtureState()),
  anonymous: anonymous(fixtureState()),
};

describe.each(Object.entries(variants))('golden exports (%s)', (name, state) => {
  it('Markdown report', () => {
    golden(`${name}.md`, renderMarkdown(state, options));
  });

  it('CSV', () => {
    golden(`${name}.csv`, renderCsv(state, options));
  });

  it('HTML page', () => {
    golden(`${name}.html`, renderHtml(state, options));
  });

  it('XLSX, read back sheet by sheet', async () => {
    const book = readXlsx(await renderXlsx(state, options));
    expect(Object.keys(book.sheets)).toEqual(['Cards', 'Themes', 'Counts']);
    expect(book.formulas).toBe(0);
    golden(`${name}.xlsx.json`, JSON.stringify(book.sheets, null, 1) + '\n');
  });

  it('DOCX, read back paragraph by paragraph', async () => {
    const { lines } = readDocx(await renderDocx(state, options));
    golden(`${name}.docx.txt`, lines.join('\n') + '\n');
  });
});

it('JSON archive of the fixed session', () => {
  const events = fixtureEvents();
  const state = replay(events)!;
  const archive = buildArchive(state, events, options);
  // The snapshot is whatever the current `evolve` folds; the golden file holds the log.
  expect(archive.snapshot).toEqual(state);
  golden('archive.json', JSON.stringify({ ...archive, snapshot: '…' }, null, 2) + '\n');
});

import { describe, expect, it } from 'vitest';
import { renderCsv, UTF8_BOM } from '../../../shared/export/csv.js';
import { renderHtml } from '../../../shared/export/html.js';
import { renderMarkdown } from '../../../shared/export/markdown.js';
import type { PublicState } from '../../../shared/model.js';
import { renderDocx } from '../../../server/export/docx.js';
import { renderXlsx } from '../../../server/export/xlsx.js';
import { EXPORTED_AT, fixtureState, HOSTILE_TEXTS } from './fixture.js';
import { htmlText, parseCsv, readDocx, readXlsx } from './readBack.js';

const options = { exportedAt: EXPORTED_AT };
const DANGEROUS = /^[=+\-@\t\r]/;

/** The fixture plus hostile group, participant and country names and a theme label. */
function hostileState(): PublicState {
  const state = fixtureState();
  return {
    ...state,
    groups: state.groups.map((g, i) => (i === 0 ? { ...g, name: '=1+1 table' } : g)),
    participants: state.participants.map((p, i) => (i === 0 ? { ...p, name: '@Ana' } : p)),
    themes: state.themes.map((t, i) => (i === 0 ? { ...t, label: '-Theme, "one"' } : t)),
    cards: [
      ...state.cards,
      {
        ...state.cards[20]!,
        id: 'c-tab',
        text: '\tTabbed =cmd',
        country: '\rCR',
        kind: 'finding',
        themeId: null,
      },
    ],
  };
}

describe('hostile cards survive every format, harmless', () => {
  const state = hostileState();
  const texts = [...HOSTILE_TEXTS, '\tTabbed =cmd'];

  it('CSV: every card intact after the leading quote, no cell starts a formula', () => {
    const csv = renderCsv(state, options);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    const textColumn = header.indexOf('text');
    expect(rows.length - 1).toBe(state.cards.length);
    for (const row of rows) {
      expect(row.length).toBe(header.length);
      for (const cell of row) expect(cell).not.toMatch(DANGEROUS);
    }
    const cardTexts = rows.slice(1).map((r) => r[textColumn]!.replace(/^'(?=[=+\-@\t\r])/, ''));
    for (const text of texts) expect(cardTexts).toContain(text);
    expect(rows.slice(1).map((r) => r[header.indexOf('group')])).toContain("'=1+1 table");
    expect(rows.slice(1).map((r) => r[header.indexOf('author')])).toContain("'@Ana");
    expect(rows.slice(1).map((r) => r[header.indexOf('country')])).toContain("'@home");
  });

  it('XLSX: every cell a string or a number, none a formula or starting like one', async () => {
    const book = readXlsx(await renderXlsx(state, options));
    expect(book.formulas).toBe(0);
    expect([...book.cellTypes].every((t) => t === 's' || t === 'n')).toBe(true);
    for (const rows of Object.values(book.sheets))
      for (const row of rows)
        for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(DANGEROUS);
    const cards = book.sheets.Cards!;
    const col = cards[0]!.indexOf('Text');
    const cardTexts = cards.slice(1).map((r) => String(r[col]).replace(/^'(?=[=+\-@\t\r])/, ''));
    for (const text of texts) expect(cardTexts).toContain(text);
    expect(cards.length - 1).toBe(state.cards.length);
  });

  it('Markdown: every card as typed', () => {
    const md = renderMarkdown(state, options);
    for (const text of texts) expect(md).toContain(text);
  });

  it('HTML: every card escaped, so the text reads intact and no markup gets in', () => {
    const html = renderHtml(state, options);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>not bold</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const text = htmlText(html);
    for (const card of texts) expect(text).toContain(card);
    expect(text).toContain('-Theme, "one"');
  });

  it('DOCX: a document whose paragraphs hold every card, line breaks kept', async () => {
    const buffer = await renderDocx(state, options);
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const { lines, xml } = readDocx(buffer);
    expect(xml).toContain('<w:body>');
    expect(xml).not.toContain('<script>');
    const all = lines.join('\n');
    for (const text of texts) expect(all).toContain(text);
  });
});

describe('characters XML cannot carry', () => {
  const state = fixtureState();
  const withControls: PublicState = {
    ...state,
    cards: [{ ...state.cards[0]!, id: 'c-ctl', text: 'bell\u0007 and null\u0000 inside' }],
  };

  it('are dropped from DOCX, XLSX and HTML, which stay readable', async () => {
    expect(readDocx(await renderDocx(withControls, options)).lines.join()).toContain(
      'bell and null inside',
    );
    expect(
      JSON.stringify(readXlsx(await renderXlsx(withControls, options)).sheets.Cards),
    ).toContain('bell and null inside');
    expect(renderHtml(withControls, options)).toContain('bell and null inside');
  });
});

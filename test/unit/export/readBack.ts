import { strFromU8, unzipSync } from 'fflate';

/** Reads exports back the way a spreadsheet or a word processor would, for the tests. */

export function unzip(buffer: Uint8Array): Record<string, string> {
  const files = unzipSync(buffer);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function xmlText(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

export type XlsxCell = string | number | null;
export interface XlsxBook {
  sheets: Record<string, XlsxCell[][]>;
  /** Every cell's type attribute and whether it holds a formula, to prove none does. */
  formulas: number;
  cellTypes: Set<string>;
}

/** Sheets as rows of values (shared strings resolved), by sheet name. */
export function readXlsx(buffer: Uint8Array): XlsxBook {
  const files = unzip(buffer);
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => xmlText(t[1]!)).join(''),
  );
  const sheets: Record<string, XlsxCell[][]> = {};
  let formulas = 0;
  const cellTypes = new Set<string>();
  for (const m of files['xl/workbook.xml']!.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = xmlText(/name="([^"]*)"/.exec(m[1]!)![1]!);
    const id = /sheetId="(\d+)"/.exec(m[1]!)![1]!;
    const xml = files[`xl/worksheets/sheet${id}.xml`]!;
    formulas += (xml.match(/<f[ >]/g) ?? []).length;
    const rows: XlsxCell[][] = [];
    for (const row of xml.matchAll(/<row r="(\d+)"(?:\/>|[^>]*>([\s\S]*?)<\/row>)/g)) {
      const cells: XlsxCell[] = [];
      for (const c of (row[2] ?? '').matchAll(
        /<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
      )) {
        const col = [...c[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const type = /t="(\w+)"/.exec(c[2]!)?.[1] ?? 'n';
        cellTypes.add(type);
        const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')?.[1];
        const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(c[3] ?? '')?.[1];
        while (cells.length < col) cells.push(null);
        cells[col] =
          type === 's'
            ? shared[Number(v)]!
            : type === 'inlineStr'
              ? xmlText(inline ?? '')
              : type === 'str'
                ? xmlText(v ?? '')
                : v === undefined
                  ? null
                  : Number(v);
      }
      rows[Number(row[1]) - 1] = cells;
    }
    sheets[name] = Array.from(rows, (r) => r ?? []);
  }
  return { sheets, formulas, cellTypes };
}

/** The document's paragraphs as "[Style] text" lines, line breaks inside a paragraph as "\n". */
export function readDocx(buffer: Uint8Array): { lines: string[]; xml: string } {
  const xml = unzip(buffer)['word/document.xml']!;
  const lines: string[] = [];
  for (const p of xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const body = p[1]!;
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1];
    const bullet = /<w:numPr>/.test(body);
    let text = '';
    for (const part of body.matchAll(/<w:br\/>|<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g))
      text += part[0] === '<w:br/>' ? '\n' : xmlText(part[1] ?? '');
    lines.push(`[${style ?? (bullet ? 'Bullet' : 'Normal')}] ${text}`);
  }
  return { lines, xml };
}

/** RFC 4180, for reading the CSV back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\r' && text[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += ch;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  return rows;
}

/** What an HTML parser would show as text: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return xmlText(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '')).replace(
    /&#39;/g,
    "'",
  );
}

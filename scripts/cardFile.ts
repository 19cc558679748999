// Reads the cards of a file for the `cluster` CLI: JSON (array of strings, array of {text},
// {cards:[…]}, {snapshot:{cards:[…]}}), TSV with a `theme<TAB>lang<TAB>text` header, CSV with a
// `text` column (RFC 4180), or plain text with one card per line. Card order = file order.

export function parseCardFile(content: string): string[] {
  const src = content.replace(/^\uFEFF/, '');
  const trimmed = src.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      return fromJson(JSON.parse(trimmed));
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e; // not JSON after all: a plain line
    }
  }
  const first = src.split(/\r?\n/, 1)[0] ?? '';
  if (first.includes('\t')) {
    const header = first.split('\t').map((h) => h.trim().toLowerCase());
    const col = header.indexOf('text');
    if (col >= 0) {
      return src
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l.trim())
        .map((l) => l.split('\t').slice(col).join('\t'));
    }
  }
  if (first.includes(',')) {
    const rows = parseCsv(src);
    const col = (rows[0] ?? []).map((h) => h.trim().toLowerCase()).indexOf('text');
    if (col >= 0)
      return rows
        .slice(1)
        .filter((r) => r.some((c) => c.trim()))
        .map((r) => r[col] ?? '');
  }
  return src.split(/\r?\n/).filter((l) => l.trim());
}

function fromJson(data: unknown): string[] {
  const obj = data as { cards?: unknown; snapshot?: { cards?: unknown } };
  const list = Array.isArray(data)
    ? data
    : Array.isArray(obj?.cards)
      ? obj.cards
      : obj?.snapshot?.cards;
  if (!Array.isArray(list))
    throw new Error('JSON must be an array of cards, {cards:[…]} or {snapshot:{cards:[…]}}');
  return list.map((c) =>
    typeof c === 'string' ? c : String((c as { text?: unknown })?.text ?? ''),
  );
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

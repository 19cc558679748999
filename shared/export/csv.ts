import type { PublicState } from '../model.js';
import {
  type ExportModel,
  type ExportOptions,
  buildExportModel,
  neutralizeFormula,
} from './exportModel.js';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell: neutralized against formula injection, then quoted as needed. */
const textCell = (value: string | null) => csvField(neutralizeFormula(value ?? ''));

export function csvHeader(model: Pick<ExportModel, 'anonymous'>): string[] {
  return [
    'theme',
    'kind',
    'text',
    'group',
    'country',
    ...(model.anonymous ? [] : ['author']),
    'votes',
    'time',
    'source',
  ];
}

/**
 * One row per card: theme, kind, text, group, country, author (not in anonymous sessions),
 * votes, time, and whether the facilitator or a participant posted it. UTF-8 with a BOM,
 * CRLF line ends, safe to open in a spreadsheet.
 */
export function renderCsv(state: PublicState, options: ExportOptions): string {
  const model = buildExportModel(state, options);
  const lines = [csvHeader(model).join(',')];
  for (const card of model.rows) {
    lines.push(
      [
        textCell(card.theme),
        textCell(card.kind),
        textCell(card.text),
        textCell(card.group),
        textCell(card.country),
        ...(model.anonymous ? [] : [textCell(card.author)]),
        card.votes === null ? '' : String(card.votes),
        textCell(card.createdAt),
        card.byFacilitator ? 'facilitator' : 'participant',
      ].join(','),
    );
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}

import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node';
import {
  buildExportModel,
  neutralizeFormula,
  stripInvalidXmlChars,
  type ExportOptions,
} from '../../shared/export/exportModel.js';
import type { PublicState } from '../../shared/model.js';

/** Always a string cell (never a formula), neutralized against formula injection. */
const text = (value: string | null | undefined): Cell => ({
  type: String,
  value: neutralizeFormula(stripInvalidXmlChars(value ?? '')),
});
const wrapped = (value: string): Cell => ({
  type: String,
  value: neutralizeFormula(stripInvalidXmlChars(value)),
  wrap: true,
});
const number = (value: number | null): Cell => (value === null ? null : { type: Number, value });
const header = (...names: string[]): Row =>
  names.map((name): Cell => ({ type: String, value: name, fontWeight: 'bold' }));

/**
 * The spreadsheet: a Cards sheet (one row per card, like the CSV), a Themes sheet and a Counts
 * sheet (by group and by country). Every text is a string cell, never a formula.
 */
export async function renderXlsx(state: PublicState, options: ExportOptions): Promise<Buffer> {
  const model = buildExportModel(state, options);

  const cards: Row[] = [
    header(
      'Theme',
      'Kind',
      'Text',
      'Group',
      'Country',
      ...(model.anonymous ? [] : ['Author']),
      'Votes',
      'Time',
      'Source',
    ),
    ...model.rows.map((card): Row => [
      text(card.theme),
      text(card.kind),
      wrapped(card.text),
      text(card.group),
      text(card.country),
      ...(model.anonymous ? [] : [text(card.author)]),
      number(card.votes),
      text(card.createdAt),
      text(card.byFacilitator ? 'facilitator' : 'participant'),
    ]),
  ];

  const themes: Row[] = [
    header('Theme', 'Cards', 'Findings', 'Examples', 'Votes'),
    ...model.allThemes.map((t): Row => [
      text(t.label),
      number(t.cards),
      number(t.findings),
      number(t.examples),
      number(t.votes),
    ]),
  ];
  const unsorted = model.unsorted.findings.length + model.unsorted.examples.length;
  if (unsorted)
    themes.push([
      text('Unsorted'),
      number(unsorted),
      number(model.unsorted.findings.length),
      number(model.unsorted.examples.length),
      null,
    ]);

  const counts: Row[] = [
    [text(model.title)],
    [text(`Session of ${model.sessionDate}, exported ${model.exportDate}`)],
    [],
    header('Participants', 'Groups', 'Countries', 'Cards'),
    [
      number(model.counts.participants),
      number(model.counts.groups),
      number(model.counts.countries),
      number(model.counts.cards),
    ],
    [],
    header('Group', 'Participants', 'Cards', 'Findings', 'Examples'),
    ...model.byGroup.map((g): Row => [
      text(g.group),
      number(g.participants),
      number(g.cards),
      number(g.findings),
      number(g.examples),
    ]),
    [],
    header('Country', 'Cards'),
    ...model.byCountry.map((c): Row => [text(c.country), number(c.cards)]),
  ];

  const sheets: Sheet<Buffer>[] = [
    {
      sheet: 'Cards',
      data: cards,
      stickyRowsCount: 1,
      columns: [
        { width: 24 },
        { width: 9 },
        { width: 60 },
        { width: 16 },
        { width: 14 },
        ...(model.anonymous ? [] : [{ width: 18 }]),
        { width: 7 },
        { width: 24 },
        { width: 12 },
      ],
    },
    { sheet: 'Themes', data: themes, stickyRowsCount: 1, columns: [{ width: 32 }] },
    { sheet: 'Counts', data: counts, columns: [{ width: 28 }, { width: 14 }] },
  ];
  return writeXlsxFile(sheets).toBuffer();
}

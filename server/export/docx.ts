import { Document, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import {
  buildExportModel,
  cardContext,
  countsLine,
  stripInvalidXmlChars,
  votesLabel,
  cardVotesLabel,
  type ExportCard,
  type ExportOptions,
} from '../../shared/export/exportModel.js';
import type { PublicState } from '../../shared/model.js';

const clean = (value: string) => stripInvalidXmlChars(value);

/** A card's text as runs, its line breaks kept as breaks. */
function textRuns(value: string, style: { italics?: boolean; color?: string } = {}): TextRun[] {
  return clean(value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

function bullet(card: ExportCard, context: string, parens = false): Paragraph {
  const children: ParagraphChild[] = textRuns(card.text);
  const votes = cardVotesLabel(card);
  if (votes) children.push(new TextRun({ text: ` (${votes})`, color: '555555' }));
  if (context)
    children.push(
      new TextRun({
        text: parens ? ` (${clean(context)})` : ` — ${clean(context)}`,
        color: '555555',
      }),
    );
  return new Paragraph({ bullet: { level: 0 }, children });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [new TextRun(clean(text.replace(/\s+/g, ' ')))] });

const para = (text: string, italics = false) =>
  new Paragraph({ children: [new TextRun({ text: clean(text), italics })] });

function findingsAndExamples(
  findings: ExportCard[],
  examples: ExportCard[],
  anonymous: boolean,
): Paragraph[] {
  const out = findings.map((c) => bullet(c, anonymous ? '' : (c.author ?? '')));
  if (examples.length) {
    out.push(heading('Examples', HeadingLevel.HEADING_3));
    out.push(...examples.map((c) => bullet(c, cardContext(c, { author: !anonymous }))));
  }
  return out;
}

/** The report as a Word document, with the same structure as the Markdown report. */
export async function renderDocx(state: PublicState, options: ExportOptions): Promise<Buffer> {
  const model = buildExportModel(state, options);
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(model.title))] }),
    para(`Session of ${model.sessionDate} · exported ${model.exportDate}`),
    para(countsLine(model.counts)),
  ];
  if (model.anonymous) children.push(para('Anonymous session: no names are shown.', true));
  if (model.facilitatorCards.length) {
    children.push(heading("The facilitators' examples", HeadingLevel.HEADING_1));
    children.push(...model.facilitatorCards.map((c) => bullet(c, cardContext(c), true)));
  }
  for (const theme of model.themes) {
    const votes = votesLabel(theme.votes);
    children.push(heading(`${theme.label}${votes ? ` (${votes})` : ''}`, HeadingLevel.HEADING_1));
    children.push(...findingsAndExamples(theme.findings, theme.examples, model.anonymous));
  }
  const { findings, examples } = model.unsorted;
  if (findings.length || examples.length) {
    children.push(heading('Unsorted', HeadingLevel.HEADING_1));
    children.push(...findingsAndExamples(findings, examples, model.anonymous));
  }
  if (!model.rows.length) children.push(para('No cards were posted in this session.', true));

  const doc = new Document({
    title: clean(model.title),
    creator: 'Otterboard',
    description: `Findings of ${clean(model.title)}`,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

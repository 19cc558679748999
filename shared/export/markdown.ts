import {
  type ExportCard,
  type ExportOptions,
  buildExportModel,
  cardContext,
  countsLine,
  cardVotesLabel,
  votesLabel,
} from './exportModel.js';
import type { PublicState } from '../model.js';

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** A card as a bullet; its text stays as typed (line breaks continue the bullet). */
function bullet(card: ExportCard, context: string, style: 'dash' | 'paren' = 'dash'): string {
  const votes = cardVotesLabel(card);
  const where = style === 'dash' ? `— ${context}` : `(${context})`;
  const suffix = [votes && `(${votes})`, context && where].filter(Boolean).join(' ');
  const text = card.text.replace(/\r\n?/g, '\n');
  return `- ${text}${suffix ? ` ${suffix}` : ''}`;
}

function findingsAndExamples(
  findings: ExportCard[],
  examples: ExportCard[],
  anonymous: boolean,
): string[] {
  const lines: string[] = [];
  for (const card of findings) lines.push(bullet(card, anonymous ? '' : (card.author ?? '')));
  if (findings.length && examples.length) lines.push('');
  if (examples.length) {
    lines.push('### Examples', '');
    for (const card of examples)
      lines.push(bullet(card, cardContext(card, { author: !anonymous })));
  }
  return lines;
}

/**
 * The report, shaped like the seed's write-up: title, date and counts; the facilitators'
 * examples with their countries; each theme as a heading with its findings (most votes first)
 * and the examples behind it; unsorted cards last.
 */
export function renderMarkdown(state: PublicState, options: ExportOptions): string {
  const model = buildExportModel(state, options);
  const out: string[] = [`# ${oneLine(model.title)}`, ''];
  out.push(`Session of ${model.sessionDate} · exported ${model.exportDate}`, '');
  out.push(countsLine(model.counts), '');
  if (model.anonymous) out.push('_Anonymous session: no names are shown._', '');

  if (model.facilitatorCards.length) {
    out.push("## The facilitators' examples", '');
    for (const card of model.facilitatorCards) {
      out.push(bullet(card, cardContext(card), 'paren'));
    }
    out.push('');
  }

  for (const theme of model.themes) {
    const votes = votesLabel(theme.votes);
    out.push(`## ${oneLine(theme.label)}${votes ? ` (${votes})` : ''}`, '');
    out.push(...findingsAndExamples(theme.findings, theme.examples, model.anonymous), '');
  }

  const { findings, examples } = model.unsorted;
  if (findings.length || examples.length) {
    out.push('## Unsorted', '');
    out.push(...findingsAndExamples(findings, examples, model.anonymous), '');
  }

  if (!model.rows.length) out.push('_No cards were posted in this session._', '');
  return out.join('\n').replace(/\n+$/, '\n');
}

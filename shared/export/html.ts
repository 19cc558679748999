import type { PublicState } from '../model.js';
import {
  type ExportCard,
  type ExportOptions,
  buildExportModel,
  cardContext,
  countsLine,
  stripInvalidXmlChars,
  votesLabel,
  cardVotesLabel,
} from './exportModel.js';

/** Escapes text for HTML content and quoted attributes. */
export function escapeHtml(value: string): string {
  return stripInvalidXmlChars(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
         color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1.25rem; }
  h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem;
       break-after: avoid; }
  h3 { font-size: 1rem; margin: 1rem 0 .25rem; color: #444; break-after: avoid; }
  .meta { color: #555; margin: 0; }
  ul { padding-left: 1.25rem; margin: .25rem 0; }
  li { margin: .2rem 0; break-inside: avoid; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; }
  .ctx, .votes { color: #555; }
  .votes { font-variant-numeric: tabular-nums; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

function item(card: ExportCard, context: string): string {
  const votes = cardVotesLabel(card);
  return (
    `<li><span class="text" dir="auto">${escapeHtml(card.text)}</span>` +
    (votes ? ` <span class="votes">(${escapeHtml(votes)})</span>` : '') +
    (context ? ` <span class="ctx">— ${escapeHtml(context)}</span>` : '') +
    '</li>'
  );
}

function list(cards: ExportCard[], context: (card: ExportCard) => string): string {
  return `<ul>\n${cards.map((card) => `  ${item(card, context(card))}`).join('\n')}\n</ul>`;
}

function section(
  heading: string,
  findings: ExportCard[],
  examples: ExportCard[],
  anonymous: boolean,
): string {
  const parts = [`<section>\n<h2 dir="auto">${heading}</h2>`];
  if (findings.length) parts.push(list(findings, (c) => (anonymous ? '' : (c.author ?? ''))));
  if (examples.length)
    parts.push(
      '<h3>Examples</h3>',
      list(examples, (c) => cardContext(c, { author: !anonymous })),
    );
  parts.push('</section>');
  return parts.join('\n');
}

/**
 * A print-friendly page (print it to PDF from the browser), with the same structure as the
 * Markdown report. Everything that came from people is escaped; the page has no scripts.
 */
export function renderHtml(state: PublicState, options: ExportOptions): string {
  const model = buildExportModel(state, options);
  const body: string[] = [
    `<h1 dir="auto">${escapeHtml(model.title)}</h1>`,
    `<p class="meta">Session of ${escapeHtml(model.sessionDate)} · exported ${escapeHtml(model.exportDate)}</p>`,
    `<p class="meta">${escapeHtml(countsLine(model.counts))}</p>`,
  ];
  if (model.anonymous)
    body.push('<p class="meta"><em>Anonymous session: no names are shown.</em></p>');
  if (model.facilitatorCards.length)
    body.push(
      `<section>\n<h2>The facilitators' examples</h2>\n${list(model.facilitatorCards, (c) => cardContext(c))}\n</section>`,
    );
  for (const theme of model.themes) {
    const votes = votesLabel(theme.votes);
    const heading =
      escapeHtml(theme.label) + (votes ? ` <span class="votes">(${votes})</span>` : '');
    body.push(section(heading, theme.findings, theme.examples, model.anonymous));
  }
  const { findings, examples } = model.unsorted;
  if (findings.length || examples.length)
    body.push(section('Unsorted', findings, examples, model.anonymous));
  if (!model.rows.length) body.push('<p><em>No cards were posted in this session.</em></p>');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

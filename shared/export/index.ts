export * from './exportModel.js';
export { renderMarkdown } from './markdown.js';
export { renderCsv, csvField, csvHeader, UTF8_BOM } from './csv.js';
export { renderHtml, escapeHtml } from './html.js';
export { buildArchive, ARCHIVE_FORMAT, ARCHIVE_SCHEMA_VERSION, type Archive } from './archive.js';

import { useState } from 'react';
import { t } from '../../i18n/t.js';
import { downloadExport, openPrintableReport, type ExportFormat } from './download.js';
import { showToast } from './toasts.js';

const FILES: ExportFormat[] = ['md', 'docx', 'xlsx', 'csv', 'json'];

/** Download buttons for every export, and the printable report (print it to PDF from the browser). */
export function ExportPanel({ workshopId, token }: { workshopId: string; token: string }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    const result =
      format === 'html'
        ? await openPrintableReport(workshopId, token)
        : await downloadExport(workshopId, format, token);
    setBusy(null);
    if (result.ok) {
      if (format !== 'html') showToast(t('f.export.done', { file: result.filename }));
    } else {
      showToast(
        result.status === 401 || result.status === 403
          ? t('f.export.forbidden')
          : t('f.export.failed'),
        'error',
      );
    }
  };
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('f.export.heading')}</h2>
      <p className="hint">{t('f.export.lead')}</p>
      <ul className="exports">
        {FILES.map((format) => (
          <li key={format}>
            <button
              type="button"
              className="export"
              onClick={() => run(format)}
              disabled={busy !== null}
              aria-busy={busy === format || undefined}
            >
              <span className="export__ext" aria-hidden="true">
                {format.toUpperCase()}
              </span>
              <span className="export__text">
                <span className="export__name">{t(`f.export.${format}`)}</span>
                <span className="export__what">{t(`f.export.${format}.what`)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => run('html')}
        disabled={busy !== null}
      >
        {t('f.export.print')}
      </button>
    </section>
  );
}

import { useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '../../i18n/t.js';
import {
  downloadExport,
  EXPORT_FORMATS,
  openPrintableReport,
  type ExportFormat,
} from '../facilitator/download.js';
import type { SessionSummary } from './organizerApi.js';

/** One session in a list: title, date, code, counts; open, export, delete. */
export function SessionRow({
  session,
  token,
  canOpen,
  gone,
  onDelete,
}: {
  session: SessionSummary;
  /** Facilitator or admin token for exports and deletion. */
  token: string;
  canOpen: boolean;
  /** The server no longer has it. */
  gone?: boolean;
  onDelete: () => void;
}) {
  const [format, setFormat] = useState<ExportFormat>('md');
  const [message, setMessage] = useState<string | null>(null);
  const exportIt = async () => {
    setMessage(null);
    const result =
      format === 'html'
        ? await openPrintableReport(session.id, token)
        : await downloadExport(session.id, format, token);
    if (!result.ok) setMessage(t('f.export.failed'));
  };
  const created = session.createdAt ? new Date(session.createdAt) : null;
  return (
    <li className={`session-row${gone ? ' session-row--gone' : ''}`}>
      <div className="session-row__main">
        <p className="session-row__title">
          {canOpen && !gone ? <Link to={`/f/${session.id}`}>{session.title}</Link> : session.title}
        </p>
        <p className="hint">
          {created ? created.toLocaleString() : ''}
          {session.code ? ` · ${t('facilitator.joinCode')} ${session.code}` : ''}
          {session.counts
            ? ` · ${t('f.org.counts', {
                people: session.counts.participants,
                cards: session.counts.cards,
                themes: session.counts.themes,
              })}`
            : ''}
          {gone ? ` · ${t('f.org.gone')}` : ''}
        </p>
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
      </div>
      {gone ? null : (
        <div className="session-row__actions">
          <label className="field">
            <span className="visually-hidden">{t('f.org.format', { title: session.title })}</span>
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`f.export.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={exportIt}
          >
            {t('f.org.export')}
          </button>
          <button
            type="button"
            className="button button--quiet button--small button--danger"
            onClick={onDelete}
            aria-label={t('f.org.deleteLabel', { title: session.title })}
          >
            {t('f.org.delete')}
          </button>
        </div>
      )}
      {gone ? (
        <button type="button" className="button button--quiet button--small" onClick={onDelete}>
          {t('f.org.forget')}
        </button>
      ) : null}
    </li>
  );
}

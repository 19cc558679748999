import '../i18n/facilitatorStrings.js';
import './facilitator/controls.css';
import './facilitator/facilitator.css';
import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { t, tn } from '../i18n/t.js';
import { writeJson } from '../storage/localJson.js';
import { storageKeys } from '../storage/keys.js';
import {
  forgetSession,
  loadSessions,
  rememberSession,
  sessionIdsWithTokens,
  storedToken,
} from './facilitator/facilitatedSessions.js';
import { loadAdminToken, saveAdminToken } from './organizer/adminToken.js';
import {
  deleteSession,
  fetchAllSessions,
  fetchSession,
  importArchive,
  type SessionSummary,
} from './organizer/organizerApi.js';
import { SessionRow } from './organizer/SessionRow.js';

interface Mine extends SessionSummary {
  token: string;
  gone: boolean;
}

/** After the session: the sessions this browser ran, every session for the admin, imports. */
export default function OrganizerRoute() {
  return (
    <div className="fac organizer">
      <header className="topbar fac__bar">
        <Link to="/" className="brand brand--small fac__brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <h1 className="topbar__title">{t('f.org.heading')}</h1>
      </header>
      <main className="organizer__main">
        <MySessions />
        <ImportPanel />
        <AdminPanel />
      </main>
    </div>
  );
}

function MySessions() {
  const [sessions, setSessions] = useState<Mine[] | null>(null);
  const load = useCallback(async () => {
    const known = new Map(loadSessions().map((s) => [s.id, s]));
    for (const id of sessionIdsWithTokens())
      if (!known.has(id))
        known.set(id, { id, title: id, code: '', createdAt: '', lastOpenedAt: '' });
    const rows = await Promise.all(
      [...known.values()].map(async (s): Promise<Mine | null> => {
        const token = storedToken(s.id);
        if (!token) return null;
        const reply = await fetchSession(s.id, token);
        if (reply.ok) return { ...s, ...reply.data, token, gone: false };
        return { ...s, token, gone: reply.status === 404 || reply.status === 403 };
      }),
    );
    setSessions(
      rows
        .filter((r): r is Mine => r !== null)
        .sort((a, b) => (b.createdAt || '').localeCompare(a.createdAt || '')),
    );
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (s: Mine) => {
    if (s.gone) {
      forgetSession(s.id);
      return load();
    }
    if (!window.confirm(t('f.org.deleteConfirm', { title: s.title }))) return;
    const reply = await deleteSession(s.id, s.token);
    if (reply.ok || reply.status === 404) forgetSession(s.id);
    await load();
  };

  return (
    <section className="panel" aria-labelledby="mine-heading">
      <div className="panel__head">
        <div>
          <h2 id="mine-heading">{t('f.org.mine')}</h2>
          <p className="hint">{t('f.org.mineLead')}</p>
        </div>
        <Link className="button button--primary button--small" to="/">
          {t('f.org.new')}
        </Link>
      </div>
      {sessions === null ? (
        <p className="loading">{t('f.org.loading')}</p>
      ) : sessions.length === 0 ? (
        <p className="empty">{t('f.org.none')}</p>
      ) : (
        <ul className="session-list">
          {sessions.map((s) => (
            <SessionRow
              key={s.id}
              session={s}
              token={s.token}
              canOpen
              gone={s.gone}
              onDelete={() => remove(s)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ImportPanel() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setBusy(true);
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      setBusy(false);
      return setError(t('f.org.notJson'));
    }
    const reply = await importArchive(text);
    setBusy(false);
    if (!reply.ok) {
      return setError(reply.status === 413 ? t('f.org.tooLarge') : t('f.org.importFailed'));
    }
    const { id, title, code, facilitatorToken, facilitatorUrl } = reply.data;
    writeJson(storageKeys.facilitatorToken(id), facilitatorToken);
    rememberSession({ id, title, code, createdAt: new Date().toISOString() });
    const url = new URL(facilitatorUrl, window.location.href);
    navigate(url.pathname + url.hash);
  };
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('f.org.import')}</h2>
      <p className="hint">{t('f.org.importLead')}</p>
      <label className="button button--secondary file-button">
        <input type="file" accept="application/json,.json" onChange={onFile} disabled={busy} />
        {busy ? t('f.org.importing') : t('f.org.chooseFile')}
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function AdminPanel() {
  const [token, setToken] = useState(loadAdminToken);
  const [draft, setDraft] = useState(token);
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async (admin: string) => {
    if (!admin) return setSessions(null);
    const reply = await fetchAllSessions(admin);
    if (reply.ok) {
      setError(null);
      setSessions(reply.data);
    } else {
      setSessions(null);
      setError(
        reply.status === 403 || reply.status === 401
          ? t('f.org.adminRefused')
          : t('f.org.adminFailed'),
      );
    }
  }, []);
  useEffect(() => {
    void load(token);
  }, [load, token]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveAdminToken(draft.trim());
    setToken(draft.trim());
  };
  const remove = async (s: SessionSummary) => {
    if (!window.confirm(t('f.org.deleteConfirm', { title: s.title }))) return;
    const reply = await deleteSession(s.id, token);
    if (reply.ok && storedToken(s.id)) forgetSession(s.id);
    await load(token);
  };
  return (
    <section className="panel" aria-labelledby="admin-heading">
      <h2 id="admin-heading">{t('f.org.all')}</h2>
      <p className="hint">{t('f.org.allLead')}</p>
      <form className="inline-form" onSubmit={submit}>
        <label className="field field--grow">
          <span className="field__label">{t('f.org.adminToken')}</span>
          <input
            type="password"
            autoComplete="off"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary">
          {t('f.org.showAll')}
        </button>
        {token ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              saveAdminToken('');
              setToken('');
              setDraft('');
            }}
          >
            {t('f.org.signOut')}
          </button>
        ) : null}
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {sessions ? (
        sessions.length === 0 ? (
          <p className="empty">{t('f.org.noneOnServer')}</p>
        ) : (
          <>
            <p className="hint">{tn('f.org.onServer', sessions.length)}</p>
            <ul className="session-list">
              {sessions.map((s) => (
                <SessionRow
                  key={s.id}
                  session={s}
                  token={token}
                  canOpen={!!storedToken(s.id)}
                  onDelete={() => remove(s)}
                />
              ))}
            </ul>
          </>
        )
      ) : null}
    </section>
  );
}

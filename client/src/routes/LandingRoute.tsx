import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { isJoinCode, normalizeJoinCode } from '../../../shared/joinCode.js';
import { t } from '../i18n/t.js';
import { createWorkshop } from '../lib/api.js';
import { friendlyError, type Problem } from '../lib/friendlyError.js';

/** The start page: a facilitator creates a session, anyone else joins with a code. */
export function LandingRoute() {
  return (
    <main className="page landing">
      <header className="landing__hero">
        <p className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <h1 className="landing__tagline">{t('app.tagline')}</h1>
      </header>
      <div className="landing__panels">
        <CreateSessionForm />
        <JoinCodeForm />
      </div>
    </main>
  );
}

function CreateSessionForm() {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<'count' | 'names'>('count');
  const [count, setCount] = useState(4);
  const [names, setNames] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const groupNames = names
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
    if (!title.trim()) return setError(t('landing.create.needTitle'));
    if (mode === 'names' && groupNames.length === 0)
      return setError(t('landing.create.needGroups'));
    setError(null);
    setBusy(true);
    const result = await createWorkshop(
      mode === 'names' ? { title, groups: groupNames } : { title, groupCount: count },
    );
    setBusy(false);
    if (!result.ok) return setError(friendlyError(result.problem as Problem));
    // Same-origin path with the token in the fragment; the facilitator screen stores it.
    const url = new URL(result.data.facilitatorUrl, window.location.href);
    navigate(url.pathname + url.hash);
  };

  return (
    <section className="panel" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('landing.create.heading')}</h2>
      <p className="lead">{t('landing.create.lead')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <label className="field">
          <span className="field__label">{t('landing.create.title')}</span>
          <input
            type="text"
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('landing.create.titlePlaceholder')}
            maxLength={120}
            required
          />
        </label>
        <fieldset className="segmented">
          <legend className="field__label">{t('landing.create.groupsMode')}</legend>
          <label className="segmented__option">
            <input
              type="radio"
              name="mode"
              checked={mode === 'count'}
              onChange={() => setMode('count')}
            />
            <span>{t('landing.create.byCount')}</span>
          </label>
          <label className="segmented__option">
            <input
              type="radio"
              name="mode"
              checked={mode === 'names'}
              onChange={() => setMode('names')}
            />
            <span>{t('landing.create.byName')}</span>
          </label>
        </fieldset>
        {mode === 'count' ? (
          <label className="field">
            <span className="field__label">{t('landing.create.count')}</span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              value={count}
              onChange={(e) => setCount(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
            />
          </label>
        ) : (
          <label className="field">
            <span className="field__label">{t('landing.create.names')}</span>
            <textarea
              value={names}
              onChange={(e) => setNames(e.target.value)}
              placeholder={t('landing.create.namesPlaceholder')}
              rows={5}
            />
          </label>
        )}
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={busy}>
          {busy ? t('landing.create.submitting') : t('landing.create.submit')}
        </button>
      </form>
    </section>
  );
}

function JoinCodeForm() {
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isJoinCode(code)) return setError(t('landing.join.badCode'));
    navigate(`/j/${normalizeJoinCode(code)}`);
  };
  return (
    <section className="panel" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('landing.join.heading')}</h2>
      <p className="lead">{t('landing.join.lead')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <label className="field">
          <span className="field__label">{t('landing.join.code')}</span>
          <input
            className="code-input"
            type="text"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={12}
            placeholder="K7Q3MX"
            aria-invalid={error ? true : undefined}
          />
        </label>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button--secondary button--block">
          {t('landing.join.submit')}
        </button>
      </form>
    </section>
  );
}

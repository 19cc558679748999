import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isJoinCode, normalizeJoinCode } from '../../../shared/joinCode.js';
import { LanguageMenu } from '../components/LanguageMenu.js';
import { t } from '../i18n/t.js';

// Phones only join: the form that creates a session (templates, saved agendas) is its own chunk.
const CreateSessionForm = lazy(() => import('./facilitator/CreateSessionForm.js'));

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
        <Suspense fallback={<section className="panel create create--loading" aria-busy="true" />}>
          <CreateSessionForm />
        </Suspense>
        <JoinCodeForm />
      </div>
      <footer className="landing__foot">
        <Link to="/organizer">{t('landing.organizerLink')}</Link>
        <LanguageMenu />
      </footer>
    </main>
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

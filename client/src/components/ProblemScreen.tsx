import { Link } from 'react-router-dom';
import { t } from '../i18n/t.js';
import { friendlyError, type Problem } from '../lib/friendlyError.js';

/** A full-screen, friendly explanation when a screen cannot open at all. */
export function ProblemScreen({ problem, message }: { problem?: Problem; message?: string }) {
  return (
    <main className="page page--narrow problem">
      <h1 className="problem__title">{t('app.name')}</h1>
      <p className="problem__message" role="alert">
        {message ?? friendlyError(problem ?? 'INTERNAL')}
      </p>
      <Link className="button button--primary" to="/">
        {t('error.goHome')}
      </Link>
    </main>
  );
}

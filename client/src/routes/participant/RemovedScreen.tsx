import { LanguageMenu } from '../../components/LanguageMenu.js';
import { t } from '../../i18n/t.js';

/** Said kindly when the facilitator takes someone out of the session; never a raw error. */
export function RemovedScreen({ onJoinAgain }: { onJoinAgain: () => void }) {
  return (
    <main className="page page--phone problem">
      <p className="brand brand--small">
        <span className="brand__mark" aria-hidden="true" />
        {t('app.name')}
      </p>
      <p className="problem__message" role="alert">
        {t('notice.removed')}
      </p>
      <button type="button" className="button button--secondary" onClick={onJoinAgain}>
        {t('notice.joinAgain')}
      </button>
      <LanguageMenu />
    </main>
  );
}

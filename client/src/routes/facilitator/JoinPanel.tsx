import { QrImage } from '../../components/QrImage.js';
import { t } from '../../i18n/t.js';
import { CopyButton } from './CopyButton.js';

/** Everything the room needs to join: the code, the link, the QR code; and the board. */
export function JoinPanel({
  code,
  workshopId,
  token,
}: {
  code: string;
  workshopId: string;
  token: string;
}) {
  const origin = window.location.origin;
  const joinUrl = `${origin}/j/${code}`;
  const privateUrl = `${origin}/f/${workshopId}#token=${token}`;
  return (
    <section className="panel join-panel" aria-labelledby="join-panel-heading">
      <h2 id="join-panel-heading" className="visually-hidden">
        {t('facilitator.joinCode')}
      </h2>
      <p className="eyebrow">{t('facilitator.joinCode')}</p>
      <p className="join-code" aria-label={code.split('').join(' ')}>
        {code}
      </p>
      <div className="join-panel__link">
        <QrImage className="join-panel__qr" value={joinUrl} alt={t('facilitator.qrAlt')} />
        <div className="join-panel__linkText">
          <p className="eyebrow">{t('facilitator.joinLink')}</p>
          <CopyRow value={joinUrl} />
        </div>
      </div>
      <a
        className="button button--primary button--block"
        href={`/b/${code}`}
        target="_blank"
        rel="noopener"
      >
        {t('facilitator.openBoard')}
      </a>
      <p className="hint">{t('facilitator.openBoardHint')}</p>
      <details className="private-link">
        <summary>{t('facilitator.privateLink')}</summary>
        <p className="hint">{t('facilitator.privateLinkHint')}</p>
        <CopyRow value={privateUrl} />
      </details>
    </section>
  );
}

function CopyRow({ value }: { value: string }) {
  return (
    <div className="copy-row">
      <input
        type="text"
        readOnly
        value={value}
        onFocus={(e) => e.currentTarget.select()}
        aria-label={t('facilitator.joinLink')}
      />
      <CopyButton value={value} className="button button--secondary" />
    </div>
  );
}

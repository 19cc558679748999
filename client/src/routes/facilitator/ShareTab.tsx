import { useState } from 'react';
import type { FacilitatorLink } from '../../../../shared/model.js';
import { QrImage } from '../../components/QrImage.js';
import { t } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { selectCode } from '../../store/selectors.js';
import { command } from './command.js';
import { CopyButton } from './CopyButton.js';
import { ExportPanel } from './ExportPanel.js';

const NO_LINKS: FacilitatorLink[] = [];

/** Everything to hand out: the join code and link, the board, co-facilitator links, exports. */
export function ShareTab({ workshopId, token }: { workshopId: string; token: string }) {
  const code = useAppStore(selectCode) ?? '';
  const origin = window.location.origin;
  const joinUrl = `${origin}/j/${code}`;
  const boardUrl = `${origin}/b/${code}`;
  return (
    <div className="share">
      <section className="panel share__join" aria-labelledby="share-join-heading">
        <h2 id="share-join-heading">{t('f.share.joinHeading')}</h2>
        <div className="share__joinRow">
          <QrImage className="share__qr" value={joinUrl} alt={t('facilitator.qrAlt')} />
          <div className="share__joinText">
            <p className="eyebrow">{t('facilitator.joinCode')}</p>
            <p className="join-code join-code--huge" aria-label={code.split('').join(' ')}>
              {code}
            </p>
            <LinkRow label={t('facilitator.joinLink')} value={joinUrl} />
            <LinkRow label={t('f.share.boardLink')} value={boardUrl} open />
            <p className="hint">{t('f.share.boardHint')}</p>
          </div>
        </div>
      </section>
      <ExportPanel workshopId={workshopId} token={token} />
      <CoFacilitators workshopId={workshopId} />
    </div>
  );
}

function LinkRow({ label, value, open }: { label: string; value: string; open?: boolean }) {
  return (
    <div className="link-row">
      <label className="field field--grow">
        <span className="field__label">{label}</span>
        <input type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <CopyButton value={value} label={t('f.share.copyLabel', { what: label })} />
      {open ? (
        <a
          className="button button--secondary button--small"
          href={value}
          target="_blank"
          rel="noopener"
        >
          {t('f.share.open')}
        </a>
      ) : null}
    </div>
  );
}

function CoFacilitators({ workshopId }: { workshopId: string }) {
  const links = useAppStore((s) => s.workshop?.facilitatorLinks ?? NO_LINKS);
  const myLinkId = useAppStore((s) => s.myLinkId);
  const [label, setLabel] = useState('');
  const [fresh, setFresh] = useState<{ label: string; url: string } | null>(null);
  const create = async () => {
    const name = label.trim() || t('f.share.coDefault');
    const reply = await command('facilitator:createLink', { label: name });
    if (reply.ok) {
      setFresh({
        label: name,
        url: `${window.location.origin}/f/${workshopId}#token=${reply.data.token}`,
      });
      setLabel('');
    }
  };
  return (
    <section className="panel" aria-labelledby="co-heading">
      <h2 id="co-heading">{t('f.share.coHeading')}</h2>
      <p className="hint">{t('f.share.coLead')}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="field field--grow">
          <span className="field__label">{t('f.share.coLabel')}</span>
          <input
            type="text"
            value={label}
            maxLength={40}
            placeholder={t('f.share.coDefault')}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary">
          {t('f.share.coCreate')}
        </button>
      </form>
      {fresh ? (
        <div className="fnotice" role="status">
          <p>
            <strong>{t('f.share.coOnce', { label: fresh.label })}</strong>
          </p>
          <div className="link-row">
            <label className="field field--grow">
              <span className="visually-hidden">
                {t('f.share.coLinkFor', { label: fresh.label })}
              </span>
              <input
                type="text"
                readOnly
                value={fresh.url}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <CopyButton value={fresh.url} />
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setFresh(null)}
            >
              {t('f.share.done')}
            </button>
          </div>
        </div>
      ) : null}
      {links.length ? (
        <ul className="links">
          {links.map((link) => (
            <li key={link.id} className="links__item">
              <span>
                <strong>{link.label}</strong>
                {link.id === myLinkId ? (
                  <span className="chip"> {t('f.share.thisScreen')}</span>
                ) : null}
                <span className="hint"> · {new Date(link.createdAt).toLocaleString()}</span>
              </span>
              <button
                type="button"
                className="button button--quiet button--small button--danger"
                onClick={() => {
                  const question =
                    link.id === myLinkId
                      ? t('f.share.revokeOwnConfirm')
                      : t('f.share.revokeConfirm', { label: link.label });
                  if (window.confirm(question))
                    void command(
                      'facilitator:revokeLink',
                      { linkId: link.id },
                      t('f.share.revoked'),
                    );
                }}
              >
                {t('f.share.revoke')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('f.share.noLinks')}</p>
      )}
    </section>
  );
}

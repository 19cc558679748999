import type { CSSProperties } from 'react';
import { QrImage } from '../../components/QrImage.js';
import { t, tn } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { selectGroups, selectParticipants } from '../../store/selectors.js';

/** Before the first step (or while no card is up): how to join, large, and who is where. */
export function BoardLobby({ code, joinUrl }: { code: string; joinUrl: string }) {
  const groups = useAppStore(selectGroups);
  const people = useAppStore(selectParticipants);
  const shownUrl = joinUrl.replace(/^https?:\/\//, '').replace(/\/j\/.*$/, '');
  return (
    <div className="lobby">
      <QrImage className="lobby__qr" value={joinUrl} alt={t('board.qrAlt')} />
      <div className="lobby__how">
        <p className="lobby__step">{t('board.scanToJoin')}</p>
        <p className="lobby__or">
          {t('board.orGoTo')} <strong className="lobby__url">{shownUrl}</strong>{' '}
          {t('board.andEnter')}
        </p>
        <p className="lobby__code" aria-label={code.split('').join(' ')}>
          {code}
        </p>
        <section className="lobby__groups" aria-labelledby="lobby-groups">
          <h2 id="lobby-groups" className="lobby__groupsHead">
            {t('board.whoIsHere')}
            <span className="lobby__total">{tn('board.people', people.length)}</span>
          </h2>
          <ul className="lobby__groupList">
            {groups.map((g) => {
              const n = people.filter((p) => p.groupId === g.id).length;
              return (
                <li
                  key={g.id}
                  className="lobby__group"
                  style={{ '--group-color': g.color } as CSSProperties}
                >
                  <span className="lobby__swatch" aria-hidden="true" />
                  <span className="lobby__groupName" dir="auto">
                    {g.name}
                  </span>
                  <span className="lobby__groupCount">
                    {n === 0 ? t('board.nobody') : tn('board.people', n)}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </div>
  );
}

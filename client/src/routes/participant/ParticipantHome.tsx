import type { CSSProperties } from 'react';
import { CardComposer } from '../../components/CardComposer.js';
import { ConnectionBadge } from '../../components/ConnectionBadge.js';
import { ConnectionNotice } from '../../components/ConnectionNotice.js';
import { t } from '../../i18n/t.js';
import { closeWorkshop } from '../../socket.js';
import { useAppStore } from '../../store/appStore.js';
import { selectMyGroupId, selectTitle, useGroup } from '../../store/selectors.js';
import { forgetIdentity } from '../../storage/participantIdentity.js';
import { GroupCardList } from './GroupCardList.js';

/** After joining: who and where I am, the composer, and my group's cards. */
export function ParticipantHome({ code, onLeave }: { code: string; onLeave: () => void }) {
  const title = useAppStore(selectTitle);
  const me = useAppStore((s) => s.me);
  const groupId = useAppStore(selectMyGroupId);
  const group = useGroup(groupId);

  if (!me || !group) {
    return (
      <main className="page page--phone">
        <ConnectionBadge />
        <p className="loading" role="status">
          {t('join.welcomeBack')}
        </p>
      </main>
    );
  }

  const leave = () => {
    closeWorkshop();
    forgetIdentity(code);
    onLeave();
  };

  return (
    <div className="phone" style={{ '--group-color': group.color } as CSSProperties}>
      <header className="phone__bar">
        <div className="phone__who">
          <p className="phone__group">
            <span className="swatch" aria-hidden="true" />
            <span className="visually-hidden">{t('me.group')}: </span>
            {group.name}
          </p>
          <p className="phone__title">
            {me.name || t('me.anonymous')} · {title}
          </p>
        </div>
        <ConnectionBadge />
      </header>
      <ConnectionNotice />
      <main className="page page--phone">
        <CardComposer scope={`p:${code}:${me.id}`} />
        <GroupCardList groupId={group.id} groupName={group.name} myId={me.id} />
        <p className="phone__leave">
          <button type="button" className="link-button" onClick={leave}>
            {t('join.switch')}
          </button>
        </p>
      </main>
    </div>
  );
}

import type { CSSProperties } from 'react';
import { CardComposer } from '../../components/CardComposer.js';
import { ConnectionBadge } from '../../components/ConnectionBadge.js';
import { ConnectionNotice } from '../../components/ConnectionNotice.js';
import { LanguageMenu } from '../../components/LanguageMenu.js';
import { t } from '../../i18n/t.js';
import { closeWorkshop } from '../../socket.js';
import { useAppStore } from '../../store/appStore.js';
import { selectMyGroupId, selectTitle, useGroup } from '../../store/selectors.js';
import { selectVoting, useCurrentStep } from '../../store/sessionSelectors.js';
import { forgetIdentity } from '../../storage/participantIdentity.js';
import { GroupCardList } from './GroupCardList.js';
import { StepPanel } from './StepPanel.js';
import { VotePanel } from './VotePanel.js';

/**
 * After joining, top to bottom in the order a thumb needs it: where the session is (step,
 * prompt, timer), voting when it is open, the composer when the step takes cards, then my
 * group's cards.
 */
export function ParticipantHome({ code, onLeave }: { code: string; onLeave: () => void }) {
  const title = useAppStore(selectTitle);
  const me = useAppStore((s) => s.me);
  const groupId = useAppStore(selectMyGroupId);
  const group = useGroup(groupId);
  const current = useCurrentStep();
  const voting = useAppStore(selectVoting);
  const shuttingDown = useAppStore(
    (s) => s.notice?.code === 'SHUTTING_DOWN' && s.status !== 'connected',
  );

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
  // The lobby takes cards (the server allows it); a step decides for itself.
  const posting = current ? current.step.posting : true;
  const kinds = current?.step.kinds;

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
      {shuttingDown ? <p className="connection-notice">{t('notice.shuttingDown')}</p> : null}
      <main className="page page--phone">
        <StepPanel />
        {voting ? <VotePanel /> : null}
        {posting ? (
          <CardComposer scope={`p:${code}:${me.id}`} {...(kinds ? { kinds } : {})} />
        ) : voting?.status !== 'open' ? (
          <p className="notice notice--quiet">{t('step.postingClosed')}</p>
        ) : null}
        <GroupCardList groupId={group.id} groupName={group.name} myId={me.id} />
        <footer className="phone__foot">
          <LanguageMenu />
          <button type="button" className="link-button" onClick={leave}>
            {t('join.switch')}
          </button>
        </footer>
      </main>
    </div>
  );
}

import '../i18n/facilitatorStrings.js';
import './facilitator/controls.css';
import './facilitator/facilitator.css';
import { useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ConnectionBadge } from '../components/ConnectionBadge.js';
import { ProblemScreen } from '../components/ProblemScreen.js';
import { t } from '../i18n/t.js';
import { useWorkshop } from '../lib/useWorkshop.js';
import { useAppStore } from '../store/appStore.js';
import { selectCode, selectTitle } from '../store/selectors.js';
import { takeFacilitatorToken } from '../storage/facilitatorToken.js';
import { CardsTab } from './facilitator/CardsTab.js';
import { forgetSession, rememberSession } from './facilitator/facilitatedSessions.js';
import { GroupsTab } from './facilitator/GroupsTab.js';
import { RunTab } from './facilitator/RunTab.js';
import { ShareTab } from './facilitator/ShareTab.js';
import { isTab, Tabs, type Tab } from './facilitator/Tabs.js';
import { ThemesTab } from './facilitator/ThemesTab.js';
import { Toasts } from './facilitator/Toasts.js';
import { TopbarNow } from './facilitator/TopbarNow.js';
import { VotingTab } from './facilitator/VotingTab.js';

/** The facilitator's laptop (or tablet): run the agenda, groups, themes, cards, voting, exports. */
export default function FacilitatorRoute() {
  const { id = '' } = useParams();
  // Read once: it also strips the token from the address bar.
  const token = useMemo(() => takeFacilitatorToken(id), [id]);
  useWorkshop(token ? { role: 'facilitator', workshopId: id, token } : null);
  const status = useAppStore((s) => s.status);
  const problem = useAppStore((s) => s.problem);
  const notice = useAppStore((s) => s.notice);
  const title = useAppStore(selectTitle);
  const code = useAppStore(selectCode);
  const createdAt = useAppStore((s) => s.workshop?.workshop.createdAt ?? null);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'run';
  const setTab = (next: Tab) => setParams(next === 'run' ? {} : { tab: next }, { replace: true });

  const badges = useTabBadges();
  const revoked = notice?.code === 'REVOKED';

  // The organizer page lists the sessions this browser facilitated.
  useEffect(() => {
    if (title && code && createdAt) rememberSession({ id, title, code, createdAt });
  }, [id, title, code, createdAt]);

  // A revoked link must not keep working from this device's storage either.
  useEffect(() => {
    if (revoked) forgetSession(id);
  }, [revoked, id]);

  if (revoked) return <ProblemScreen message={t('f.revoked')} />;
  if (!token) return <ProblemScreen message={t('facilitator.noToken')} />;
  if (status === 'refused' && problem) return <ProblemScreen problem={problem} />;

  return (
    <div className="facilitator fac">
      <div className="fac__head">
        <header className="topbar fac__bar">
          <Link to="/" className="brand brand--small fac__brand">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <h1 className="topbar__title">{title ?? '\u00a0'}</h1>
          <TopbarNow />
          {code ? (
            <p
              className="fac__code"
              aria-label={t('f.bar.codeLabel', { code: code.split('').join(' ') })}
            >
              <span className="fac__codeLabel">{t('facilitator.joinCode')}</span> {code}
            </p>
          ) : null}
          <ConnectionBadge />
          {code ? (
            <a
              className="button button--secondary button--small"
              href={`/b/${code}`}
              target="_blank"
              rel="noopener"
            >
              {t('facilitator.openBoard')} ↗
            </a>
          ) : null}
        </header>
        <Tabs current={tab} onChange={setTab} badges={badges} />
      </div>
      <main className="fac__main">
        <div
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          aria-busy={status !== 'connected' || undefined}
        >
          {!title ? (
            <p className="loading">{t('status.connecting')}</p>
          ) : tab === 'run' ? (
            <RunTab workshopId={id} token={token} />
          ) : tab === 'groups' ? (
            <GroupsTab />
          ) : tab === 'themes' ? (
            <ThemesTab />
          ) : tab === 'cards' ? (
            <CardsTab workshopId={id} />
          ) : tab === 'voting' ? (
            <VotingTab />
          ) : (
            <ShareTab workshopId={id} token={token} />
          )}
        </div>
      </main>
      <Toasts />
    </div>
  );
}

function useTabBadges(): Partial<Record<Tab, string | number>> {
  const people = useAppStore((s) => s.workshop?.participants.length ?? 0);
  const cards = useAppStore((s) => s.workshop?.cards.length ?? 0);
  const themes = useAppStore((s) => s.workshop?.themes.length ?? 0);
  const votingOpen = useAppStore((s) => s.workshop?.voting?.status === 'open');
  return {
    groups: people,
    themes,
    cards,
    ...(votingOpen ? { voting: t('f.voting.badgeOpen') } : {}),
  };
}

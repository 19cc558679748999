import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { CardComposer } from '../components/CardComposer.js';
import { ConnectionBadge } from '../components/ConnectionBadge.js';
import { ProblemScreen } from '../components/ProblemScreen.js';
import { t } from '../i18n/t.js';
import { useWorkshop } from '../lib/useWorkshop.js';
import { useAppStore } from '../store/appStore.js';
import { selectCode, selectGroups, selectTitle } from '../store/selectors.js';
import { takeFacilitatorToken } from '../storage/facilitatorToken.js';
import { GroupPanel } from './facilitator/GroupPanel.js';
import { JoinPanel } from './facilitator/JoinPanel.js';
import { RoomCards } from './facilitator/RoomCards.js';

/** The facilitator's laptop: how people join, and every group with its people and cards, live. */
export default function FacilitatorRoute() {
  const { id = '' } = useParams();
  // Read once: it also strips the token from the address bar.
  const token = useMemo(() => takeFacilitatorToken(id), [id]);
  useWorkshop(token ? { role: 'facilitator', workshopId: id, token } : null);
  const status = useAppStore((s) => s.status);
  const problem = useAppStore((s) => s.problem);
  const title = useAppStore(selectTitle);
  const code = useAppStore(selectCode);
  const groups = useAppStore(selectGroups);

  if (!token) return <ProblemScreen message={t('facilitator.noToken')} />;
  if (status === 'refused' && problem) return <ProblemScreen problem={problem} />;

  return (
    <div className="facilitator">
      <header className="topbar">
        <p className="brand brand--small">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <h1 className="topbar__title">{title ?? '\u00a0'}</h1>
        <ConnectionBadge />
      </header>
      <main className="facilitator__main">
        <aside className="facilitator__side">
          {code ? <JoinPanel code={code} workshopId={id} token={token} /> : null}
          {code ? (
            <section className="panel" aria-label={t('composer.heading')}>
              <CardComposer scope={`f:${id}`} groups={groups} />
            </section>
          ) : null}
        </aside>
        <section className="facilitator__groups" aria-labelledby="groups-heading">
          <h2 id="groups-heading" className="section-title">
            {t('facilitator.groups')}
          </h2>
          <div className="group-grid">
            {groups.map((g) => (
              <GroupPanel key={g.id} group={g} />
            ))}
          </div>
          <RoomCards />
        </section>
      </main>
    </div>
  );
}

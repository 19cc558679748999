import { CardComposer } from '../../components/CardComposer.js';
import { t } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { selectCode, selectGroups } from '../../store/selectors.js';
import { AgendaPanel } from './AgendaPanel.js';
import { GroupPanel } from './GroupPanel.js';
import { JoinPanel } from './JoinPanel.js';
import { NowPanel } from './NowPanel.js';
import { RoomCards } from './RoomCards.js';

/** Running the session: now and next, the agenda, how to join, and every group live. */
export function RunTab({ workshopId, token }: { workshopId: string; token: string }) {
  const code = useAppStore(selectCode);
  const groups = useAppStore(selectGroups);
  return (
    <div className="run">
      <div className="run__main">
        <NowPanel />
        <AgendaPanel />
      </div>
      <aside className="run__side">
        {code ? <JoinPanel code={code} workshopId={workshopId} token={token} /> : null}
        <section className="panel" aria-label={t('composer.heading')}>
          <CardComposer scope={`f:${workshopId}`} groups={groups} />
        </section>
      </aside>
      <section className="run__groups" aria-labelledby="groups-heading">
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
    </div>
  );
}

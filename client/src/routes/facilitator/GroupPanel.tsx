import type { CSSProperties } from 'react';
import type { Group } from '../../../../shared/model.js';
import { CardItem } from '../../components/CardItem.js';
import { t, tn } from '../../i18n/t.js';
import { useGroupCards, useGroupMembers, usePendingCards } from '../../store/selectors.js';

/** One group on the facilitator's screen: its colour, its people, its cards (newest first). */
export function GroupPanel({ group }: { group: Group }) {
  const members = useGroupMembers(group.id);
  const cards = useGroupCards(group.id);
  const pending = usePendingCards(group.id);
  const nameOf = (authorId: string | null) =>
    authorId === null
      ? t('card.room')
      : members.find((m) => m.id === authorId)?.name || t('me.anonymous');

  return (
    <section
      className="group-panel"
      style={{ '--group-color': group.color } as CSSProperties}
      aria-labelledby={`group-${group.id}`}
    >
      <header className="group-panel__head">
        <h3 id={`group-${group.id}`}>{group.name}</h3>
        <p className="group-panel__counts">
          {tn('facilitator.participants', members.length)} · {tn('cards.count', cards.length)}
        </p>
      </header>
      <ul className="members" aria-label={tn('facilitator.participants', members.length)}>
        {members.length === 0 ? (
          <li className="members__none">{t('facilitator.noMembers')}</li>
        ) : null}
        {members.map((m) => (
          <li key={m.id} className="member">
            {m.name || t('me.anonymous')}
          </li>
        ))}
      </ul>
      <ol className="group-panel__cards">
        {[...pending].reverse().map((e) => (
          <li key={e.id}>
            <CardItem
              text={e.text}
              kind={e.kind}
              country={e.country}
              author={t('card.room')}
              pending={e}
            />
          </li>
        ))}
        {[...cards].reverse().map((c) => (
          <li key={c.id}>
            <CardItem text={c.text} kind={c.kind} country={c.country} author={nameOf(c.authorId)} />
          </li>
        ))}
      </ol>
      {cards.length + pending.length === 0 ? (
        <p className="empty empty--small">{t('facilitator.noCards')}</p>
      ) : null}
    </section>
  );
}

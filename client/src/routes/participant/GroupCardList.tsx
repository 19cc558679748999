import { CardItem } from '../../components/CardItem.js';
import { EditableCard } from './EditableCard.js';
import { t, tn } from '../../i18n/t.js';
import { selectParticipants, useGroupCards, usePendingCards } from '../../store/selectors.js';
import { useAppStore } from '../../store/appStore.js';

/** The group's cards, newest first, with this phone's unsent ones on top. */
export function GroupCardList({
  groupId,
  groupName,
  myId,
}: {
  groupId: string;
  groupName: string;
  myId: string;
}) {
  const cards = useGroupCards(groupId);
  const pending = usePendingCards(groupId);
  const people = useAppStore(selectParticipants);
  const nameOf = (authorId: string | null) => {
    if (authorId === myId) return t('me.you');
    const name = people.find((p) => p.id === authorId)?.name;
    return name || t('me.anonymous');
  };
  const count = cards.length + pending.length;

  return (
    <section className="cardlist" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="cardlist__heading">
        {t('cards.mineHeading', { group: groupName })}
        <span className="count">{tn('cards.count', count)}</span>
      </h2>
      {count === 0 ? <p className="empty">{t('cards.empty')}</p> : null}
      <ol className="cardlist__items" aria-live="polite">
        {[...pending].reverse().map((e) => (
          <li key={e.id}>
            <CardItem
              text={e.text}
              kind={e.kind}
              country={e.country}
              author={t('me.you')}
              pending={e}
            />
          </li>
        ))}
        {[...cards].reverse().map((c) => (
          <li key={c.id}>
            {c.authorId === myId ? (
              <EditableCard card={c} author={t('me.you')} />
            ) : (
              <CardItem
                text={c.text}
                kind={c.kind}
                country={c.country}
                author={nameOf(c.authorId)}
                edited={c.editedAt !== null}
              />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

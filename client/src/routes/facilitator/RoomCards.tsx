import { CardItem } from '../../components/CardItem.js';
import { t } from '../../i18n/t.js';
import { useGroupCards, usePendingCards } from '../../store/selectors.js';

/** Cards the facilitator posted to the whole room rather than to one group. */
export function RoomCards() {
  const cards = useGroupCards(null);
  const pending = usePendingCards(null);
  if (cards.length + pending.length === 0) return null;
  return (
    <section className="room-cards" aria-labelledby="room-cards-heading">
      <h2 id="room-cards-heading" className="section-title">
        {t('facilitator.roomCards')}
      </h2>
      <ol className="room-cards__list">
        {[...pending].reverse().map((e) => (
          <li key={e.id}>
            <CardItem text={e.text} kind={e.kind} country={e.country} pending={e} />
          </li>
        ))}
        {[...cards].reverse().map((c) => (
          <li key={c.id}>
            <CardItem text={c.text} kind={c.kind} country={c.country} />
          </li>
        ))}
      </ol>
    </section>
  );
}

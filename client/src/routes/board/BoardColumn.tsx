import type { CSSProperties } from 'react';
import { CardItem } from '../../components/CardItem.js';
import { t, tn } from '../../i18n/t.js';
import { useGroupCards } from '../../store/selectors.js';

/** One group on the projector, newest card on top so arrivals are seen. */
export function BoardColumn({
  groupId,
  name,
  color,
  seenAtStart,
}: {
  groupId: string | null;
  name: string;
  color?: string;
  seenAtStart: ReadonlySet<string> | null;
}) {
  const cards = useGroupCards(groupId);
  return (
    <section
      className="board-column"
      style={color ? ({ '--group-color': color } as CSSProperties) : undefined}
      aria-labelledby={`col-${groupId ?? 'room'}`}
    >
      <h2 className="board-column__head" id={`col-${groupId ?? 'room'}`}>
        <span>{name}</span>
        <span className="board-column__count">{tn('cards.count', cards.length)}</span>
      </h2>
      <ol className="board-column__cards">
        {[...cards].reverse().map((c) => (
          <li key={c.id} className={seenAtStart?.has(c.id) ? undefined : 'enter'}>
            <CardItem text={c.text} kind={c.kind} country={c.country} size="large" />
          </li>
        ))}
      </ol>
      {cards.length === 0 ? <p className="board-column__empty">{t('board.columnEmpty')}</p> : null}
    </section>
  );
}

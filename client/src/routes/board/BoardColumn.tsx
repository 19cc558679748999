import type { CSSProperties } from 'react';
import type { Card, Group } from '../../../../shared/model.js';
import { CardItem } from '../../components/CardItem.js';
import { t, tn } from '../../i18n/t.js';

/**
 * One labelled column on the projector (a theme, Unsorted, or a group), newest card on top so
 * arrivals are seen. Each card keeps its group's colour and its small country label.
 */
export function BoardColumn({
  id,
  name,
  cards,
  groups,
  color,
  votes,
  seenAtStart,
}: {
  id: string;
  name: string;
  cards: Card[];
  groups: ReadonlyMap<string, Group>;
  /** The column's own colour (group columns); theme columns stay neutral. */
  color?: string;
  /** Votes on this column's theme, when they are to be shown. */
  votes?: number;
  seenAtStart: ReadonlySet<string> | null;
}) {
  const headId = `col-${id}`;
  return (
    <section
      className={`board-column${color ? ' board-column--group' : ''}`}
      style={color ? ({ '--group-color': color } as CSSProperties) : undefined}
      aria-labelledby={headId}
    >
      <h2 className="board-column__head" id={headId}>
        <span className="board-column__name" dir="auto">
          {name}
        </span>
        <span className="board-column__count">
          {tn('cards.count', cards.length)}
          {votes !== undefined ? ` · ${tn('vote.total', votes)}` : ''}
        </span>
      </h2>
      <ol className="board-column__cards">
        {[...cards].reverse().map((c) => (
          <li key={c.id} className={seenAtStart?.has(c.id) ? undefined : 'enter'}>
            <CardItem
              text={c.text}
              kind={c.kind}
              country={c.country}
              author={c.groupId ? (groups.get(c.groupId)?.name ?? null) : t('board.everyone')}
              {...(c.groupId && groups.get(c.groupId)
                ? { color: groups.get(c.groupId)!.color }
                : {})}
              size="large"
            />
          </li>
        ))}
      </ol>
      {cards.length === 0 ? <p className="board-column__empty">{t('board.columnEmpty')}</p> : null}
    </section>
  );
}

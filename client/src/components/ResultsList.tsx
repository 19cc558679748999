import { t, tn } from '../i18n/t.js';
import type { Ranked } from '../lib/tally.js';

export interface ResultItem {
  id: string;
  label: string;
  /** A small line under the label (a card's group and country, a theme's size). */
  detail?: string;
  color?: string;
}

/**
 * Voting results, most votes first, with a bar each so the order reads from across the room.
 * An ordered list, so a screen reader says "1 of 5".
 */
export function ResultsList({
  ranked,
  size = 'normal',
  limit,
}: {
  ranked: Ranked<ResultItem>[];
  size?: 'normal' | 'large';
  limit?: number;
}) {
  const shown = limit ? ranked.slice(0, limit) : ranked;
  const top = Math.max(1, ...shown.map((r) => r.votes));
  if (shown.every((r) => r.votes === 0)) return <p className="empty">{t('vote.resultsEmpty')}</p>;
  return (
    <ol className={`results results--${size}`}>
      {shown.map(({ item, votes, rank }) => (
        <li key={item.id} className="results__item">
          <span className="results__rank" aria-hidden="true">
            {rank}
          </span>
          <div className="results__body">
            <p className="results__label" dir="auto">
              {item.label}
            </p>
            {item.detail ? <p className="results__detail">{item.detail}</p> : null}
            <div className="results__bar" aria-hidden="true">
              <span
                style={{
                  width: `${(votes / top) * 100}%`,
                  background: item.color ?? 'var(--primary)',
                }}
              />
            </div>
          </div>
          <span className="results__votes">{tn('vote.total', votes)}</span>
        </li>
      ))}
    </ol>
  );
}

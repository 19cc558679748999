import type { CSSProperties, ReactNode } from 'react';
import type { CardKind } from '../../../shared/model.js';
import { t } from '../i18n/t.js';
import { friendlyError } from '../lib/friendlyError.js';
import { discardCard, retryCard } from '../socket.js';
import type { OutboxEntry } from '../store/outboxSlice.js';

export interface CardItemProps {
  text: string;
  kind: CardKind;
  country: string | null;
  author?: string | null;
  color?: string;
  /** Present while the card is in this device's outbox. */
  pending?: Pick<OutboxEntry, 'id' | 'status' | 'problem'>;
  size?: 'normal' | 'large';
  /** Changed after posting. */
  edited?: boolean;
  /** Buttons for this card (edit…), in the footer. */
  actions?: ReactNode;
}

/** One card, on any screen; a pending one says where it is on its way to the server. */
export function CardItem({
  text,
  kind,
  country,
  author,
  color,
  pending,
  size,
  edited,
  actions,
}: CardItemProps) {
  const style = color ? ({ '--group-color': color } as CSSProperties) : undefined;
  return (
    <article
      className={`card card--${kind}${pending ? ` card--${pending.status}` : ''}${size === 'large' ? ' card--large' : ''}`}
      style={style}
      aria-busy={pending && pending.status !== 'failed' ? true : undefined}
    >
      {/* dir="auto": a card keeps the language and direction it was written in. */}
      <p className="card__text" dir="auto">
        {text}
      </p>
      <footer className="card__meta">
        <span className={`tag tag--${kind}`}>{t(`card.${kind}`)}</span>
        {country ? (
          <span className="card__country">
            <span className="visually-hidden">{t('card.country')}: </span>
            {country}
          </span>
        ) : null}
        {author ? <span className="card__author">{author}</span> : null}
        {edited ? <span className="card__edited">{t('card.edited')}</span> : null}
        {actions}
        {pending ? <PendingNote entry={pending} /> : null}
      </footer>
    </article>
  );
}

function PendingNote({ entry }: { entry: Pick<OutboxEntry, 'id' | 'status' | 'problem'> }) {
  if (entry.status === 'failed') {
    return (
      <span className="card__pending card__pending--failed">
        <span role="alert">
          {t('card.failed')}: {friendlyError(entry.problem ?? 'INTERNAL')}
        </span>
        <span className="card__actions">
          <button
            type="button"
            className="button button--small"
            onClick={() => retryCard(entry.id)}
          >
            {t('card.retry')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => discardCard(entry.id)}
          >
            {t('card.discard')}
          </button>
        </span>
      </span>
    );
  }
  const label =
    entry.status === 'sent'
      ? t('card.sent')
      : entry.status === 'sending'
        ? t('card.sending')
        : t('card.waiting');
  return (
    <span className="card__pending">
      <span className={entry.status === 'sending' ? 'spinner' : 'dot'} aria-hidden="true" />
      {label}
    </span>
  );
}

import { useMemo, useState, type CSSProperties } from 'react';
import type { Card } from '../../../../shared/model.js';
import { CardComposer } from '../../components/CardComposer.js';
import { t, tn } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { selectCards, selectGroups, selectParticipants } from '../../store/selectors.js';
import { command } from './command.js';

type Filter = 'all' | 'visible' | 'hidden' | string;

/** Moderation: every card with its author and group; hide, edit or delete any of them. */
export function CardsTab({ workshopId }: { workshopId: string }) {
  const cards = useAppStore(selectCards);
  const groups = useAppStore(selectGroups);
  const people = useAppStore(selectParticipants);
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const groupOf = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const nameOf = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return [...cards]
      .reverse()
      .filter((c) =>
        filter === 'all'
          ? true
          : filter === 'hidden'
            ? c.hidden
            : filter === 'visible'
              ? !c.hidden
              : filter === 'room'
                ? c.groupId === null
                : c.groupId === filter,
      )
      .filter(
        (c) =>
          !q || c.text.toLowerCase().includes(q) || (c.country ?? '').toLowerCase().includes(q),
      );
  }, [cards, filter, query]);
  const hidden = cards.filter((c) => c.hidden).length;

  return (
    <div className="cards-tab">
      <section className="panel cards-tab__list" aria-labelledby="moderation-heading">
        <div className="panel__head">
          <div>
            <h2 id="moderation-heading">{t('f.cards.heading')}</h2>
            <p className="hint">
              {tn('cards.count', cards.length)}
              {hidden ? ` · ${tn('f.cards.hiddenCount', hidden)}` : ''}
            </p>
          </div>
          <div className="filters">
            <label className="field">
              <span className="visually-hidden">{t('f.cards.search')}</span>
              <input
                type="search"
                value={query}
                placeholder={t('f.cards.search')}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
            <label className="field">
              <span className="visually-hidden">{t('f.cards.filter')}</span>
              <select value={filter} onChange={(e) => setFilter(e.target.value)}>
                <option value="all">{t('f.cards.all')}</option>
                <option value="visible">{t('f.cards.visible')}</option>
                <option value="hidden">{t('f.cards.hidden')}</option>
                <option value="room">{t('card.room')}</option>
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        {shown.length === 0 ? (
          <p className="empty">{t('f.cards.none')}</p>
        ) : (
          <ul className="mod-list">
            {shown.map((card) => {
              const group = card.groupId ? groupOf.get(card.groupId) : undefined;
              return (
                <li key={card.id}>
                  <ModerationCard
                    card={card}
                    groupName={group?.name ?? t('card.room')}
                    color={group?.color}
                    author={
                      card.authorId
                        ? nameOf.get(card.authorId) || t('me.anonymous')
                        : t('card.room')
                    }
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <aside className="panel cards-tab__post">
        <CardComposer scope={`f:${workshopId}`} groups={groups} />
        <p className="hint">{t('f.cards.postHint')}</p>
      </aside>
    </div>
  );
}

function ModerationCard({
  card,
  groupName,
  color,
  author,
}: {
  card: Card;
  groupName: string;
  color: string | undefined;
  author: string;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const save = async () => {
    if (editing === null) return;
    if (!editing.trim() || editing.trim() === card.text) return setEditing(null);
    const reply = await command(
      'card:edit',
      { cardId: card.id, text: editing.trim() },
      t('f.saved'),
    );
    if (reply.ok) setEditing(null);
  };
  return (
    <article
      className={`mod-card${card.hidden ? ' mod-card--hidden' : ''}`}
      style={color ? ({ '--group-color': color } as CSSProperties) : undefined}
    >
      {editing === null ? (
        <p className="mod-card__text">{card.text}</p>
      ) : (
        <label className="field">
          <span className="visually-hidden">{t('f.cards.editLabel')}</span>
          <textarea
            rows={3}
            value={editing}
            maxLength={1000}
            autoFocus
            onChange={(e) => setEditing(e.target.value)}
          />
        </label>
      )}
      <footer className="mod-card__meta">
        <span className={`tag tag--${card.kind}`}>{t(`card.${card.kind}`)}</span>
        {card.country ? <span className="card__country">{card.country}</span> : null}
        <span className="mod-card__who">
          {author} · {groupName}
        </span>
        {card.editedAt ? <span className="hint">{t('f.cards.edited')}</span> : null}
        {card.hidden ? <span className="chip chip--warn">{t('f.cards.hiddenChip')}</span> : null}
        <span className="mod-card__actions">
          {editing === null ? (
            <>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setEditing(card.text)}
              >
                {t('f.cards.edit')}
              </button>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => command('card:hide', { cardId: card.id, hidden: !card.hidden })}
              >
                {card.hidden ? t('f.cards.show') : t('f.cards.hide')}
              </button>
              <button
                type="button"
                className="button button--quiet button--small button--danger"
                onClick={() => {
                  if (window.confirm(t('f.cards.deleteConfirm')))
                    void command('card:delete', { cardId: card.id }, t('f.cards.deleted'));
                }}
              >
                {t('f.cards.delete')}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setEditing(null)}
              >
                {t('f.cancel')}
              </button>
              <button type="button" className="button button--primary button--small" onClick={save}>
                {t('f.save')}
              </button>
            </>
          )}
        </span>
      </footer>
    </article>
  );
}

import type { Card, PublicState } from '../../../../shared/model.js';
import { CardItem } from '../../components/CardItem.js';
import { t, tn } from '../../i18n/t.js';

/** One theme or one card, as large as the projector allows, chosen by the facilitator. */
export function BoardSpotlight({ state }: { state: PublicState }) {
  const spotlight = state.board.spotlight;
  if (!spotlight) return null;
  const groups = new Map(state.groups.map((g) => [g.id, g]));
  const card = (c: Card, size: 'large' | 'huge') => (
    <CardItem
      text={c.text}
      kind={c.kind}
      country={c.country}
      author={c.groupId ? (groups.get(c.groupId)?.name ?? null) : t('board.everyone')}
      {...(c.groupId && groups.get(c.groupId) ? { color: groups.get(c.groupId)!.color } : {})}
      size="large"
      {...(size === 'huge' ? { edited: false } : {})}
    />
  );
  if (spotlight.kind === 'card') {
    const c = state.cards.find((x) => x.id === spotlight.id);
    if (!c) return null;
    return (
      <section className="spotlight spotlight--card" aria-label={t('board.spotlight')}>
        <p className="eyebrow spotlight__eyebrow">{t('board.spotlight')}</p>
        <div className="spotlight__card">{card(c, 'huge')}</div>
      </section>
    );
  }
  const theme = state.themes.find((x) => x.id === spotlight.id);
  if (!theme) return null;
  const cards = theme.cardIds.flatMap((id) => state.cards.filter((c) => c.id === id));
  return (
    <section className="spotlight" aria-labelledby="spotlight-title">
      <p className="eyebrow spotlight__eyebrow">{t('board.spotlight')}</p>
      <h2 id="spotlight-title" className="spotlight__title" dir="auto">
        {theme.label}
        <span className="spotlight__count">{tn('cards.count', cards.length)}</span>
      </h2>
      <ul className="spotlight__grid">
        {cards.map((c) => (
          <li key={c.id}>{card(c, 'large')}</li>
        ))}
      </ul>
    </section>
  );
}

import type { Card, Theme } from '../../../../shared/model.js';
import { t } from '../../i18n/t.js';
import { command } from './command.js';

const UNSORTED = '__unsorted__';

/**
 * "Move to…": a real <select>, so keyboards, screen readers and touch screens can move a card
 * as well as a mouse can drag it.
 */
export function MoveToSelect({ card, themes }: { card: Card; themes: Theme[] }) {
  return (
    <label className="move-to" onPointerDown={(e) => e.stopPropagation()}>
      <span className="visually-hidden">
        {t('f.themes.moveLabel', { text: card.text.slice(0, 60) })}
      </span>
      <select
        value=""
        onChange={(e) => {
          const value = e.target.value;
          if (!value) return;
          void command('card:move', {
            cardId: card.id,
            themeId: value === UNSORTED ? null : value,
          });
        }}
      >
        <option value="">{t('f.themes.moveTo')}</option>
        {themes
          .filter((th) => th.id !== card.themeId)
          .map((th) => (
            <option key={th.id} value={th.id}>
              {th.label}
            </option>
          ))}
        {card.themeId ? <option value={UNSORTED}>{t('f.themes.unsorted')}</option> : null}
      </select>
    </label>
  );
}

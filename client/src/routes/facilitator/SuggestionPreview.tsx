import { useMemo, useState } from 'react';
import type { Card, Theme } from '../../../../shared/model.js';
import type { ThemeSuggestion } from '../../../../shared/protocol.js';
import { t, tn } from '../../i18n/t.js';
import { command } from './command.js';
import { pickThemes, previewThemes } from './suggestionPick.js';

/** A suggestion before it is real: new and kept themes, their labels and cards; accept all or some. */
export function SuggestionPreview({
  suggestion,
  source,
  board,
  cards,
  onClose,
}: {
  suggestion: ThemeSuggestion;
  source: 'worker' | 'server';
  board: Theme[];
  cards: Card[];
  onClose: () => void;
}) {
  const preview = useMemo(
    () => previewThemes(suggestion, board, cards),
    [suggestion, board, cards],
  );
  const [ticked, setTicked] = useState<Set<string>>(
    () => new Set(suggestion.themes.map((s) => s.id)),
  );
  // A theme already on the board keeps its name unless the facilitator takes the suggested one.
  const [labels, setLabels] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      previewThemes(suggestion, board, cards)
        .filter((p) => p.previousLabel)
        .map((p) => [p.id, p.previousLabel!]),
    ),
  );
  const [busy, setBusy] = useState(false);

  const apply = async (ids: Set<string>) => {
    setBusy(true);
    const reply = await command(
      'themes:apply',
      pickThemes(suggestion, ids, labels),
      tn('f.themes.applied', ids.size),
    );
    setBusy(false);
    if (reply.ok) onClose();
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  };

  return (
    <section className="panel suggestion" aria-labelledby="suggestion-heading">
      <div className="panel__head">
        <div>
          <h2 id="suggestion-heading">{t('f.themes.previewHeading')}</h2>
          <p className="hint">
            {tn('f.themes.previewLead', preview.length)}{' '}
            {suggestion.unsorted.length
              ? tn('f.themes.previewUnsorted', suggestion.unsorted.length)
              : ''}{' '}
            {source === 'server' ? t('f.themes.fromServer') : t('f.themes.fromBrowser')}
          </p>
        </div>
      </div>
      {preview.length === 0 ? (
        <p className="empty">{t('f.themes.previewEmpty')}</p>
      ) : (
        <ul className="suggestion__list">
          {preview.map((p) => (
            <li
              key={p.id}
              className={`suggestion__item${ticked.has(p.id) ? '' : ' suggestion__item--off'}`}
            >
              <label className="suggestion__tick">
                <input
                  type="checkbox"
                  checked={ticked.has(p.id)}
                  onChange={(e) => toggle(p.id, e.target.checked)}
                  aria-label={t('f.themes.tick', { label: labels[p.id] ?? p.label })}
                />
              </label>
              <div className="suggestion__body">
                <div className="suggestion__top">
                  <span className={`chip ${p.isNew ? 'chip--new' : 'chip--kept'}`}>
                    {p.isNew ? t('f.themes.new') : t('f.themes.kept')}
                  </span>
                  <label className="suggestion__label">
                    <span className="visually-hidden">{t('f.themes.labelFor')}</span>
                    <input
                      type="text"
                      value={labels[p.id] ?? p.label}
                      maxLength={120}
                      onChange={(e) => setLabels({ ...labels, [p.id]: e.target.value })}
                    />
                  </label>
                  <span className="count">{p.cards.length}</span>
                </div>
                {p.previousLabel && (labels[p.id] ?? p.label) !== p.label ? (
                  <p className="hint">
                    {t('f.themes.suggestedName', { label: p.label })}{' '}
                    <button
                      type="button"
                      className="link-button link-button--inline"
                      onClick={() => setLabels({ ...labels, [p.id]: p.label })}
                    >
                      {t('f.themes.useName')}
                    </button>
                  </p>
                ) : null}
                <ul className="suggestion__cards">
                  {p.cards.slice(0, 4).map((c) => (
                    <li key={c.id}>{c.text}</li>
                  ))}
                  {p.cards.length > 4 ? (
                    <li className="hint">{tn('f.themes.more', p.cards.length - 4)}</li>
                  ) : null}
                </ul>
                {!p.isNew && p.incoming ? (
                  <p className="hint">{tn('f.themes.incoming', p.incoming)}</p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="panel__foot">
        <button type="button" className="button button--quiet" onClick={onClose} disabled={busy}>
          {t('f.themes.discard')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || ticked.size === 0 || ticked.size === preview.length}
          onClick={() => apply(ticked)}
        >
          {tn('f.themes.acceptSome', ticked.size)}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy || preview.length === 0}
          onClick={() => apply(new Set(suggestion.themes.map((s) => s.id)))}
        >
          {t('f.themes.acceptAll')}
        </button>
      </div>
    </section>
  );
}

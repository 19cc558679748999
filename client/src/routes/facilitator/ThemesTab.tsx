import { useState } from 'react';
import type { BoardDisplay, Theme } from '../../../../shared/model.js';
import type { ThemeSuggestion } from '../../../../shared/protocol.js';
import { t } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { selectCards, selectGroups } from '../../store/selectors.js';
import { suggestInWorker } from '../../worker/suggestInWorker.js';
import { command } from './command.js';
import { clusterableCards } from './suggestionPick.js';
import { SuggestionPreview } from './SuggestionPreview.js';
import { ThemeBoard } from './ThemeBoard.js';

const NO_THEMES: Theme[] = [];

/** Turning cards into themes: suggestions (preview, accept, undo), steering, and the projector. */
export function ThemesTab() {
  const themes = useAppStore((s) => s.workshop?.themes ?? NO_THEMES);
  const cards = useAppStore(selectCards);
  const groups = useAppStore(selectGroups);
  const lastSuggestion = useAppStore((s) => s.workshop?.lastSuggestion ?? null);
  const [suggestion, setSuggestion] = useState<{
    data: ThemeSuggestion;
    source: 'worker' | 'server';
  } | null>(null);
  const [busy, setBusy] = useState(false);

  const suggest = async () => {
    setBusy(true);
    const input = clusterableCards(useAppStore.getState().workshop?.cards ?? []);
    const board = useAppStore.getState().workshop?.themes ?? [];
    try {
      setSuggestion({ data: await suggestInWorker(input, board), source: 'worker' });
    } catch {
      // The worker could not run here (old browser, blocked download): the server has the same engine.
      const reply = await command('themes:suggest', {});
      if (reply.ok) setSuggestion({ data: reply.data, source: 'server' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tab-stack">
      <div className="toolbar" role="toolbar" aria-label={t('f.themes.toolbar')}>
        <button
          type="button"
          className="button button--primary"
          onClick={suggest}
          disabled={busy || clusterableCards(cards).length === 0}
          aria-busy={busy || undefined}
        >
          {busy ? <span className="spinner" aria-hidden="true" /> : null}
          {busy ? t('f.themes.suggesting') : t('f.themes.suggest')}
        </button>
        {lastSuggestion ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              command('themes:undo', { suggestionId: lastSuggestion.id }, t('f.themes.undone'))
            }
          >
            ↶ {t('f.themes.undo')}
          </button>
        ) : null}
        <NewThemeForm />
        <DisplayControls />
      </div>
      {clusterableCards(cards).length === 0 ? (
        <p className="hint">{t('f.themes.needCards')}</p>
      ) : null}
      {suggestion ? (
        <SuggestionPreview
          key={suggestion.data.suggestionId}
          suggestion={suggestion.data}
          source={suggestion.source}
          board={themes}
          cards={cards}
          onClose={() => setSuggestion(null)}
        />
      ) : null}
      <ThemeBoard themes={themes} cards={cards} groups={groups} />
    </div>
  );
}

function NewThemeForm() {
  const [label, setLabel] = useState('');
  return (
    <form
      className="inline-form toolbar__new"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!label.trim()) return;
        const reply = await command('theme:create', { label: label.trim() }, t('f.themes.created'));
        if (reply.ok) setLabel('');
      }}
    >
      <label className="field">
        <span className="visually-hidden">{t('f.themes.newLabel')}</span>
        <input
          type="text"
          value={label}
          maxLength={120}
          placeholder={t('f.themes.newLabel')}
          onChange={(e) => setLabel(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--secondary" disabled={!label.trim()}>
        + {t('f.themes.create')}
      </button>
    </form>
  );
}

/** The projector's look and what it puts in focus. */
export function DisplayControls() {
  const board = useAppStore((s) => s.workshop?.board);
  if (!board) return null;
  const schemes: BoardDisplay['colorScheme'][] = ['auto', 'light', 'dark'];
  return (
    <div className="display-controls">
      <fieldset className="segmented segmented--small" aria-label={t('f.display.scheme')}>
        {schemes.map((scheme) => (
          <label key={scheme} className="segmented__option">
            <input
              type="radio"
              name="board-scheme"
              checked={board.colorScheme === scheme}
              onChange={() => command('board:display', { colorScheme: scheme })}
            />
            <span>{t(`f.display.${scheme}`)}</span>
          </label>
        ))}
      </fieldset>
      {board.spotlight ? (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => command('board:display', { spotlight: null })}
        >
          ★ {t('f.spotlight.off')}
        </button>
      ) : null}
    </div>
  );
}

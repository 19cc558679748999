import { useState } from 'react';
import type { VotingSettings } from '../../../../shared/model.js';
import { t, tn } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { command } from './command.js';
import { ResultsList } from '../../components/ResultsList.js';
import { rankByVotes, voterCount } from '../../lib/tally.js';
import { voteItems } from '../../lib/voteItems.js';

const DEFAULTS: VotingSettings = {
  target: 'themes',
  perParticipant: 3,
  allowMultiple: false,
  counts: 'hidden',
};

/** Dot voting: settings, open and close, and the ranked results (live for the facilitator). */
export function VotingTab() {
  const voting = useAppStore((s) => s.workshop?.voting ?? null);
  const themeCount = useAppStore((s) => s.workshop?.themes.length ?? 0);
  const [settings, setSettings] = useState<VotingSettings>(() =>
    voting
      ? {
          target: voting.target,
          perParticipant: voting.perParticipant,
          allowMultiple: voting.allowMultiple,
          counts: voting.counts,
        }
      : { ...DEFAULTS, target: themeCount ? 'themes' : 'cards' },
  );
  const open = voting?.status === 'open';
  const set = (patch: Partial<VotingSettings>) => setSettings({ ...settings, ...patch });

  return (
    <div className="two-col two-col--wide-right">
      <section className="panel" aria-labelledby="voting-heading">
        <div className="panel__head">
          <h2 id="voting-heading">{t('f.voting.heading')}</h2>
          <span className={`chip ${open ? 'chip--ok' : ''}`}>
            {open ? t('f.voting.isOpen') : voting ? t('f.voting.isClosed') : t('f.voting.notYet')}
          </span>
        </div>
        <fieldset className="segmented" disabled={open}>
          <legend className="field__label">{t('f.voting.on')}</legend>
          {(['themes', 'cards'] as const).map((target) => (
            <label key={target} className="segmented__option">
              <input
                type="radio"
                name="vote-target"
                checked={settings.target === target}
                onChange={() => set({ target })}
              />
              <span>{t(`f.voting.target.${target}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="field field--narrow">
          <span className="field__label">{t('f.voting.perParticipant')}</span>
          <input
            type="number"
            min={1}
            max={20}
            disabled={open}
            value={settings.perParticipant}
            onChange={(e) =>
              set({ perParticipant: Math.max(1, Math.min(20, Number(e.target.value) || 1)) })
            }
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            disabled={open}
            checked={settings.allowMultiple}
            onChange={(e) => set({ allowMultiple: e.target.checked })}
          />
          {t('f.voting.multiple')}
        </label>
        <fieldset className="segmented" disabled={open}>
          <legend className="field__label">{t('f.voting.counts')}</legend>
          {(['hidden', 'live'] as const).map((counts) => (
            <label key={counts} className="segmented__option">
              <input
                type="radio"
                name="vote-counts"
                checked={settings.counts === counts}
                onChange={() => set({ counts })}
              />
              <span>{t(`f.voting.counts.${counts}`)}</span>
            </label>
          ))}
        </fieldset>
        {settings.target === 'themes' && themeCount === 0 ? (
          <p className="hint hint--error">{t('f.voting.noThemes')}</p>
        ) : null}
        {open ? (
          <button
            type="button"
            className="button button--primary button--block"
            onClick={() => command('voting:close', {}, t('f.voting.closed'))}
          >
            {t('f.voting.close')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary button--block"
            disabled={settings.target === 'themes' && themeCount === 0}
            onClick={() => {
              if (voting && !window.confirm(t('f.voting.reopenConfirm'))) return;
              void command('voting:open', settings, t('f.voting.opened'));
            }}
          >
            {voting ? t('f.voting.reopen') : t('f.voting.open')}
          </button>
        )}
        {voting && !open ? <p className="hint">{t('f.voting.reopenHint')}</p> : null}
      </section>
      <VoteResults />
    </div>
  );
}

function VoteResults() {
  // Results follow every vote, so this panel reads the whole workshop.
  const workshop = useAppStore((s) => s.workshop);
  const voting = workshop?.voting;
  if (!workshop || !voting) {
    return (
      <section className="panel" aria-labelledby="results-heading">
        <h2 id="results-heading">{t('f.voting.results')}</h2>
        <p className="empty">{t('f.voting.resultsEmpty')}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="results-heading">
      <div className="panel__head">
        <h2 id="results-heading">
          {voting.status === 'open' ? t('f.voting.liveResults') : t('f.voting.finalResults')}
        </h2>
        <p className="hint">
          {tn('f.voting.votes', workshop.votes.length)} ·{' '}
          {t('f.voting.voters', {
            n: voterCount(workshop.votes),
            total: workshop.participants.length,
          })}
        </p>
      </div>
      {voting.status === 'open' && voting.counts === 'hidden' ? (
        <p className="hint">{t('f.voting.hiddenNote')}</p>
      ) : null}
      <ResultsList ranked={rankByVotes(voteItems(workshop), workshop.votes)} />
    </section>
  );
}

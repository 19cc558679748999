import type { Agenda, Step } from '../../../../shared/model.js';
import { t } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { command } from './command.js';
import { formatClock, remainingMs } from './timer.js';
import { useServerNow } from './useServerNow.js';

const NO_STEPS: Step[] = [];

/** What the room is doing now, and the controls to move on: the facilitator's main console. */
export function NowPanel() {
  const agenda = useAppStore((s) => s.workshop?.agenda);
  const steps = agenda?.steps ?? NO_STEPS;
  if (!agenda) return null;
  const step = steps[agenda.current];
  const last = agenda.current >= steps.length - 1;

  return (
    <section className="panel now" aria-labelledby="now-heading">
      <div className="now__head">
        <p className="eyebrow">
          {step
            ? t('f.run.stepOf', { n: agenda.current + 1, total: steps.length })
            : t('f.run.lobby')}
        </p>
        <StepChips step={step} revealed={agenda.revealed} />
      </div>
      <h2 id="now-heading" className="now__title">
        {step ? step.title : t('f.run.notStarted')}
      </h2>
      <p className="now__prompt">
        {step ? step.prompt || t('f.run.noPrompt') : t('f.run.lobbyHint', { count: steps.length })}
      </p>
      {step ? <TimerBlock agenda={agenda} step={step} /> : null}
      <div className="now__nav">
        <button
          type="button"
          className="button button--quiet"
          disabled={agenda.current < 0}
          onClick={() => command('step:goto', { index: agenda.current - 1 })}
        >
          ← {agenda.current === 0 ? t('f.run.backToLobby') : t('f.run.back')}
        </button>
        {steps.length === 0 ? (
          <p className="hint">{t('f.run.emptyAgenda')}</p>
        ) : (
          <button
            type="button"
            className="button button--primary now__next"
            disabled={last}
            onClick={() => command('step:goto', { index: agenda.current + 1 })}
          >
            {agenda.current < 0
              ? t('f.run.start')
              : last
                ? t('f.run.lastStep')
                : t('f.run.next', { title: steps[agenda.current + 1]!.title })}
            {last ? null : ' →'}
          </button>
        )}
        {step && step.visibility === 'group' && !agenda.revealed ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => command('step:reveal', {}, t('f.run.revealed'))}
          >
            {t('f.run.reveal')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

export function StepChips({ step, revealed }: { step: Step | undefined; revealed?: boolean }) {
  if (!step) return null;
  return (
    <ul className="chips" aria-label={t('f.step.settings')}>
      <li className="chip">{t(`f.activity.${step.activity}`)}</li>
      <li className="chip">{step.kinds.map((k) => t(`card.${k}`)).join(' + ')}</li>
      <li className={`chip ${step.posting ? 'chip--ok' : 'chip--muted'}`}>
        {step.posting ? t('f.step.postingOpen') : t('f.step.postingClosed')}
      </li>
      <li className={`chip ${step.visibility === 'group' && !revealed ? 'chip--warn' : ''}`}>
        {step.visibility === 'all'
          ? t('f.step.visibleAll')
          : revealed
            ? t('f.step.revealedChip')
            : t('f.step.privateChip')}
      </li>
    </ul>
  );
}

function TimerBlock({ agenda, step }: { agenda: Agenda; step: Step }) {
  const { timer } = agenda;
  const now = useServerNow(timer.status === 'running');
  const left = remainingMs(timer, now);
  const up = left === 0 && timer.status === 'running';
  return (
    <div className={`ftimer ftimer--${timer.status}${up ? ' ftimer--up' : ''}`}>
      <p className="ftimer__clock" role="timer" aria-label={t('f.timer.label')}>
        {left === null ? '–:––' : formatClock(left)}
      </p>
      <p className="ftimer__state">
        {timer.status === 'running'
          ? up
            ? t('f.timer.up')
            : t('f.timer.running')
          : timer.status === 'paused'
            ? t('f.timer.paused')
            : t('f.timer.idle')}
      </p>
      <div className="ftimer__buttons">
        {timer.status === 'idle' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => command('timer:start', step.durationSec ? {} : { durationSec: 5 * 60 })}
          >
            {t('f.timer.start', { minutes: Math.round((step.durationSec ?? 300) / 60) })}
          </button>
        ) : null}
        {timer.status === 'running' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => command('timer:pause', {})}
          >
            {t('f.timer.pause')}
          </button>
        ) : null}
        {timer.status === 'paused' ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => command('timer:resume', {})}
          >
            {t('f.timer.resume')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={timer.status === 'idle'}
          onClick={() => command('timer:extend', { seconds: 60 })}
        >
          {t('f.timer.plus1')}
        </button>
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={timer.status === 'idle'}
          onClick={() => command('timer:extend', { seconds: 300 })}
        >
          {t('f.timer.plus5')}
        </button>
      </div>
    </div>
  );
}

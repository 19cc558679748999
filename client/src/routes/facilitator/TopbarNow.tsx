import { t } from '../../i18n/t.js';
import { useAppStore } from '../../store/appStore.js';
import { formatClock, remainingMs } from './timer.js';
import { useServerNow } from './useServerNow.js';

/** The current step and its timer, always in sight whatever section is open. */
export function TopbarNow() {
  const agenda = useAppStore((s) => s.workshop?.agenda);
  const now = useServerNow(agenda?.timer.status === 'running', 500);
  if (!agenda || agenda.steps.length === 0) return null;
  const step = agenda.steps[agenda.current];
  const left = remainingMs(agenda.timer, now);
  return (
    <p className="fac__now">
      <span className="fac__nowStep">
        {step
          ? t('f.run.stepOf', { n: agenda.current + 1, total: agenda.steps.length })
          : t('f.run.lobby')}
      </span>
      {step ? <span className="fac__nowTitle">{step.title}</span> : null}
      {left !== null ? (
        <span
          className={`fac__nowClock${agenda.timer.status === 'paused' ? ' fac__nowClock--paused' : ''}${left === 0 ? ' fac__nowClock--up' : ''}`}
        >
          {formatClock(left)}
        </span>
      ) : null}
    </p>
  );
}

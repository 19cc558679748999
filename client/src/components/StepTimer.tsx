import type { Timer } from '../../../shared/model.js';
import { t } from '../i18n/t.js';
import { formatClock, remainingMs } from '../lib/timer.js';
import { useNow } from '../lib/useNow.js';
import { useAppStore } from '../store/appStore.js';

/**
 * The step's countdown, in server time (see lib/timer.ts). role="timer" is not announced on
 * every tick; the label says what the number is.
 */
export function StepTimer({ timer, className }: { timer: Timer; className?: string }) {
  const offset = useAppStore((s) => s.clockOffsetMs);
  const now = useNow(timer.status === 'running');
  const left = remainingMs(timer, now, offset);
  if (left === null) return null;
  const state = timer.status === 'paused' ? 'paused' : left === 0 ? 'over' : 'running';
  return (
    <p className={`timer timer--${state} ${className ?? ''}`}>
      <span className="timer__label">
        {state === 'paused'
          ? t('timer.paused')
          : state === 'over'
            ? t('timer.over')
            : t('timer.label')}
      </span>
      <span
        className="timer__clock"
        role="timer"
        aria-label={`${t('timer.label')}: ${formatClock(left)}`}
      >
        {formatClock(left)}
      </span>
    </p>
  );
}

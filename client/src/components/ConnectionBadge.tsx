import { t } from '../i18n/t.js';
import { useConnection } from '../store/selectors.js';

/** Says honestly whether what the screen shows is live. Announced politely to screen readers. */
export function ConnectionBadge() {
  const { status, offline } = useConnection();
  const state = offline && status !== 'connected' ? 'offline' : status;
  const label =
    state === 'offline'
      ? t('status.offline')
      : state === 'connected'
        ? t('status.connected')
        : state === 'reconnecting'
          ? t('status.reconnecting')
          : state === 'refused'
            ? t('status.refused')
            : t('status.connecting');
  return (
    <p className={`badge badge--${state}`} role="status" aria-live="polite">
      <span className="badge__dot" aria-hidden="true" />
      {label}
    </p>
  );
}

import { t } from '../i18n/t.js';
import { useConnection } from '../store/selectors.js';

/**
 * The longer explanation under the header while the phone is not connected, so nobody stops
 * writing because they fear their card is lost.
 */
export function ConnectionNotice() {
  const { status, offline } = useConnection();
  if (status === 'connected' || status === 'idle' || status === 'refused') return null;
  if (!offline && status === 'connecting') return null;
  return (
    <p className="connection-notice">
      {offline ? t('status.offlineHelp') : t('status.reconnectingHelp')}
    </p>
  );
}

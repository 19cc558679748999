import { t } from '../../i18n/t.js';
import { friendlyError } from '../../lib/friendlyError.js';
import { sendCommand } from '../../socket.js';
import { showToast } from './toasts.js';

type Sendable = Parameters<typeof sendCommand>[0];

/**
 * Sends a facilitator command through the socket module and says so when the server refuses
 * it; the screen itself changes only when the resulting event comes back (one truth: the log).
 */
export async function command<K extends Sendable>(
  name: K,
  payload: Parameters<typeof sendCommand<K>>[1],
  done?: string,
): ReturnType<typeof sendCommand<K>> {
  const reply = await sendCommand(name, payload);
  if (!reply.ok) showToast(t('f.refused', { reason: friendlyError(reply.code) }), 'error');
  else if (done) showToast(done);
  return reply;
}

import type { StoredEvent } from './events.js';
import type { Secrets } from './model.js';

/**
 * The server's side fold: collects the token hashes that the public state leaves out.
 * Mutates in place, because secrets never leave the server and are never rendered.
 */
export function evolveSecrets(secrets: Secrets | null, event: StoredEvent): Secrets {
  if (event.type === 'workshop.created') {
    return {
      facilitatorTokenHash: event.facilitatorTokenHash ?? '',
      participantsByTokenHash: new Map(),
    };
  }
  if (!secrets) throw new Error(`event ${event.type} before workshop.created`);
  if (event.type === 'participant.joined' && event.tokenHash) {
    secrets.participantsByTokenHash.set(event.tokenHash, event.participant.id);
  }
  return secrets;
}

import type { StoredEvent } from './events.js';
import type { Secrets } from './model.js';

/**
 * The server's side fold: collects the token hashes that the public state leaves out.
 * Mutates in place, because secrets never leave the server and are never rendered.
 */
export function evolveSecrets(secrets: Secrets | null, event: StoredEvent): Secrets {
  if (event.type === 'workshop.created') {
    const links = new Map<string, string>();
    if (event.facilitatorTokenHash) links.set(event.facilitatorTokenHash, 'main');
    return { facilitatorLinksByHash: links, participantsByTokenHash: new Map() };
  }
  if (!secrets) throw new Error(`event ${event.type} before workshop.created`);
  switch (event.type) {
    case 'participant.joined':
      if (event.tokenHash)
        secrets.participantsByTokenHash.set(event.tokenHash, event.participant.id);
      break;
    case 'participant.removed':
      for (const [hash, id] of secrets.participantsByTokenHash) {
        if (id === event.participantId) secrets.participantsByTokenHash.delete(hash);
      }
      break;
    case 'facilitator.linkCreated':
      if (event.tokenHash) secrets.facilitatorLinksByHash.set(event.tokenHash, event.link.id);
      break;
    case 'facilitator.linkRevoked':
      for (const [hash, id] of secrets.facilitatorLinksByHash) {
        if (id === event.linkId) secrets.facilitatorLinksByHash.delete(hash);
      }
      break;
  }
  return secrets;
}

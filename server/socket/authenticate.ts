import { HandshakeAuthSchema, describeIssues } from '../../shared/schemas.js';
import { hashToken, newToken } from '../secrets.js';
import type { LiveWorkshop, WorkshopService } from '../WorkshopService.js';
import type { Lifecycle } from './gate.js';
import { SHUTTING_DOWN_MESSAGE } from './gate.js';
import { refusal } from './refusal.js';
import type { AppSocket } from './types.js';

/** The workshop each authenticated socket belongs to, kept out of socket.data (which must stay plain). */
export const socketWorkshops = new WeakMap<AppSocket, LiveWorkshop>();
/** A participant's raw token, so it can be handed back in the snapshot's `me`. */
export const participantTokens = new WeakMap<AppSocket, string>();

/**
 * Handshake middleware: every socket is a facilitator, a participant or a board of one workshop.
 * An address that keeps naming sessions that do not exist (guessing join codes) or presenting
 * wrong tokens is refused with RATE_LIMITED for a while, before anything is looked up. The
 * handshake's auth carries tokens: it is never logged.
 */
export function authenticate(
  service: WorkshopService,
  gate: Lifecycle,
  onError: (error: unknown) => void,
) {
  return async (socket: AppSocket, next: (error?: Error) => void): Promise<void> => {
    try {
      if (gate.closing) return next(refusal('INTERNAL', SHUTTING_DOWN_MESSAGE));
      const parsed = HandshakeAuthSchema.safeParse(socket.handshake.auth);
      if (!parsed.success) return next(refusal('INVALID_PAYLOAD', describeIssues(parsed.error)));
      const auth = parsed.data;
      const address = gate.addressOf(socket);
      const guessing = await gate.limiters.exhausted('failedJoinsPerAddress', address);
      if (guessing) return next(refusal(guessing.code, guessing.message));
      const failed = async (code: 'NOT_FOUND' | 'UNAUTHORIZED', message: string) => {
        await gate.limiters.spend(['failedJoinsPerAddress', address]);
        next(refusal(code, message));
      };

      if (auth.role === 'facilitator') {
        const workshop = await service.get(auth.workshopId, { fresh: true });
        if (!workshop) return failed('NOT_FOUND', 'there is no session with this id');
        const linkId = service.facilitatorLinkFor(workshop, auth.token);
        if (!linkId) return failed('UNAUTHORIZED', 'this facilitator link is not valid');
        socket.data = { workshopId: workshop.id, role: 'facilitator', linkId };
        socketWorkshops.set(socket, workshop);
        return next();
      }

      const workshop = await service.getByCode(auth.code);
      if (!workshop) return failed('NOT_FOUND', `there is no session with code ${auth.code}`);

      if (auth.role === 'board') {
        socket.data = { workshopId: workshop.id, role: 'board' };
        socketWorkshops.set(socket, workshop);
        return next();
      }

      // A returning participant keeps their identity and group; anyone else joins anew.
      let token = auth.participantToken;
      let participantId = token ? service.participantIdForToken(workshop, token) : undefined;
      if (!participantId) {
        // Every new participant is an event in the log: one address cannot flood it.
        const flooding = await gate.limiters.spend(['newParticipantsPerAddress', address]);
        if (flooding) return next(refusal(flooding.code, flooding.message));
        token = newToken();
        const joined = await service.execute(
          workshop,
          {
            type: 'participant.join',
            name: auth.name,
            groupId: auth.groupId,
            tokenHash: hashToken(token),
          },
          { role: 'system' },
        );
        if (!joined.ok) return next(refusal(joined.code, joined.message));
        const event = joined.events[0];
        if (event?.type !== 'participant.joined')
          return next(refusal('INTERNAL', 'could not join'));
        participantId = event.participant.id;
      }
      socket.data = { workshopId: workshop.id, role: 'participant', participantId };
      socketWorkshops.set(socket, workshop);
      participantTokens.set(socket, token!);
      next();
    } catch (error) {
      onError(error);
      next(refusal('INTERNAL', 'the server could not check this connection; please try again'));
    }
  };
}

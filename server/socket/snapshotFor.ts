import type { Snapshot } from '../../shared/protocol.js';
import { viewState } from '../../shared/views.js';
import type { LiveWorkshop } from '../WorkshopService.js';
import { participantTokens } from './authenticate.js';
import { audienceOf } from './rooms.js';
import type { AppSocket } from './types.js';

/** The state as this socket may see it, with the participant's own identity. */
export function snapshotFor(socket: AppSocket, workshop: LiveWorkshop): Snapshot {
  const { state } = workshop;
  const participant = state.participants.find((p) => p.id === socket.data.participantId);
  const view = viewState(state, audienceOf(socket.data, participant?.groupId));
  const snapshot: Snapshot = { ...view, role: socket.data.role, serverTime: Date.now() };
  if (socket.data.linkId) snapshot.linkId = socket.data.linkId;
  if (participant) {
    snapshot.me = { ...participant, participantToken: participantTokens.get(socket)! };
  }
  return snapshot;
}

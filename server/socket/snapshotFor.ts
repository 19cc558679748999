import type { Snapshot } from '../../shared/protocol.js';
import type { LiveWorkshop } from '../WorkshopService.js';
import { participantTokens } from './authenticate.js';
import type { AppSocket } from './types.js';

export function snapshotFor(socket: AppSocket, workshop: LiveWorkshop): Snapshot {
  const { state } = workshop;
  const snapshot: Snapshot = { ...state, role: socket.data.role, serverTime: Date.now() };
  const participant = state.participants.find((p) => p.id === socket.data.participantId);
  if (participant) {
    snapshot.me = { ...participant, participantToken: participantTokens.get(socket)! };
  }
  return snapshot;
}

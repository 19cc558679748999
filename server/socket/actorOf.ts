import type { Actor } from '../../shared/commands.js';
import type { SocketData } from '../../shared/protocol.js';

export function actorOf(data: SocketData): Actor {
  if (data.role === 'participant')
    return { role: 'participant', participantId: data.participantId! };
  return { role: data.role };
}

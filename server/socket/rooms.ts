import type { SocketData } from '../../shared/protocol.js';
import type { Audience } from '../../shared/views.js';

/** Socket.IO rooms of a workshop: everyone, and one per audience that may see differently. */
export const rooms = {
  all: (workshopId: string) => `workshop:${workshopId}`,
  facilitators: (workshopId: string) => `workshop:${workshopId}:facilitators`,
  boards: (workshopId: string) => `workshop:${workshopId}:boards`,
  group: (workshopId: string, groupId: string) => `workshop:${workshopId}:group:${groupId}`,
  participant: (workshopId: string, participantId: string) =>
    `workshop:${workshopId}:participant:${participantId}`,
  link: (workshopId: string, linkId: string) => `workshop:${workshopId}:link:${linkId}`,
};

/** The audience a socket belongs to; a participant's depends on their current group. */
export function audienceOf(data: SocketData, groupId: string | undefined): Audience {
  if (data.role === 'facilitator') return { role: 'facilitator' };
  if (data.role === 'board' || !groupId) return { role: 'board' };
  return { role: 'group', groupId };
}

/** Every room a socket should be in. */
export function roomsFor(data: SocketData, groupId: string | undefined): string[] {
  const id = data.workshopId;
  const list = [rooms.all(id)];
  if (data.role === 'facilitator')
    list.push(rooms.facilitators(id), rooms.link(id, data.linkId ?? 'main'));
  if (data.role === 'board') list.push(rooms.boards(id));
  if (data.role === 'participant') {
    list.push(rooms.participant(id, data.participantId!));
    if (groupId) list.push(rooms.group(id, groupId));
  }
  return list;
}

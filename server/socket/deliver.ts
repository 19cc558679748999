import { publicEvent, type StoredEvent } from '../../shared/events.js';
import type { PublicState } from '../../shared/model.js';
import { viewEvent } from '../../shared/views.js';
import { rooms } from './rooms.js';
import type { AppServer } from './types.js';

type Target = AppServer['local'];

/**
 * Sends one event to every screen of a workshop as each may see it. The common case — an
 * event everyone may see as it is — is a single room broadcast, like a bare relay's.
 */
export function deliver(
  io: Target,
  workshopId: string,
  raw: StoredEvent,
  after: PublicState,
): void {
  const event = publicEvent(raw);
  const facilitators = rooms.facilitators(workshopId);
  const forBoard = viewEvent(event, { role: 'board' }, after);
  const forGroups = after.groups.map(
    (g) => [g.id, viewEvent(event, { role: 'group', groupId: g.id }, after)] as const,
  );
  if (forBoard === event && forGroups.every(([, e]) => e === event)) {
    io.to(rooms.all(workshopId)).emit('workshop:event', event);
    return;
  }
  io.to(facilitators).emit('workshop:event', event);
  io.to(rooms.boards(workshopId)).emit('workshop:event', forBoard);
  for (const [groupId, view] of forGroups)
    io.to(rooms.group(workshopId, groupId)).emit('workshop:event', view);
}

import { publicEvent } from '../../shared/events.js';
import type { WorkshopService } from '../WorkshopService.js';
import { authenticate, socketWorkshops } from './authenticate.js';
import { registerCardHandlers } from './cardHandlers.js';
import { registerSyncHandlers } from './syncHandlers.js';
import { snapshotFor } from './snapshotFor.js';
import type { AppServer } from './types.js';

export const roomOf = (workshopId: string) => `workshop:${workshopId}`;

/** Wires Socket.IO to the service: auth, one room per workshop, handlers, and the broadcast. */
export function attachSockets(
  io: AppServer,
  service: WorkshopService,
  onError: (error: unknown) => void,
): void {
  io.use(authenticate(service));

  io.on('connection', (socket) => {
    const workshop = socketWorkshops.get(socket)!;
    // Handlers first, so a command sent right after `connect` is not dropped.
    registerCardHandlers(socket, workshop, service, onError);
    registerSyncHandlers(socket, workshop, service, onError);
    // Joining and snapshotting in one tick: every later event reaches this socket as a broadcast.
    socket.join(roomOf(workshop.id));
    socket.emit('workshop:snapshot', snapshotFor(socket, workshop));
  });

  service.onEvents((workshopId, events) => {
    // After the command's ack has gone out (ack first, then broadcast).
    setImmediate(() => {
      for (const event of events)
        io.to(roomOf(workshopId)).emit('workshop:event', publicEvent(event));
    });
  });
}

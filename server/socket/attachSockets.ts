import { publicEvent } from '../../shared/events.js';
import type { ThemeEngine } from '../themes/ThemeEngine.js';
import type { WorkshopService } from '../WorkshopService.js';
import { authenticate, socketWorkshops } from './authenticate.js';
import { registerCardHandlers } from './cardHandlers.js';
import { registerSyncHandlers } from './syncHandlers.js';
import { registerThemeHandlers } from './themeHandlers.js';
import { snapshotFor } from './snapshotFor.js';
import type { AppServer } from './types.js';

export const roomOf = (workshopId: string) => `workshop:${workshopId}`;

/** Wires Socket.IO to the service: auth, one room per workshop, handlers, and the broadcast. */
export function attachSockets(
  io: AppServer,
  service: WorkshopService,
  engine: ThemeEngine,
  onError: (error: unknown) => void,
): void {
  io.use(authenticate(service));

  io.on('connection', (socket) => {
    const workshop = socketWorkshops.get(socket)!;
    // Handlers first, so a command sent right after `connect` is not dropped.
    registerCardHandlers(socket, workshop, service, engine, onError);
    registerThemeHandlers(socket, workshop, service, engine, onError);
    registerSyncHandlers(socket, workshop, service, onError);
    // Joining and snapshotting in one tick: every later event reaches this socket as a broadcast.
    socket.join(roomOf(workshop.id));
    socket.emit('workshop:snapshot', snapshotFor(socket, workshop));
  });

  service.onEvents((workshopId, events, caughtUp) => {
    engine.observe(workshopId, events);
    // After the command's ack has gone out (ack first, then broadcast).
    // Events caught up from another node go to this node's sockets only: that node broadcast
    // them already, but through Redis they may arrive after this node's next event.
    const target = caughtUp ? io.local : io;
    setImmediate(() => {
      for (const event of events)
        target.to(roomOf(workshopId)).emit('workshop:event', publicEvent(event));
    });
  });
}

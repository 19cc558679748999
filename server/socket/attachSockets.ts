import type { StoredEvent } from '../../shared/events.js';
import type { PublicState } from '../../shared/model.js';
import type { ThemeEngine } from '../themes/ThemeEngine.js';
import type { WorkshopService } from '../WorkshopService.js';
import { authenticate, socketWorkshops } from './authenticate.js';
import { COMMANDS } from './commandTable.js';
import { deliver } from './deliver.js';
import { dispatch } from './handle.js';
import { socketGates, type Lifecycle } from './gate.js';
import { rooms, roomsFor } from './rooms.js';
import { snapshotFor } from './snapshotFor.js';
import type { AppServer } from './types.js';

/** Wires Socket.IO to the service: auth, rooms per workshop and audience, handlers, broadcasts. */
export function attachSockets(
  io: AppServer,
  service: WorkshopService,
  engine: ThemeEngine,
  onError: (error: unknown) => void,
  gate: Lifecycle,
  clustered = false,
): void {
  io.use(authenticate(service, gate, onError));

  io.on('connection', (socket) => {
    const workshop = socketWorkshops.get(socket)!;
    socketGates.set(socket, gate);
    // The dispatcher first, so a command sent right after `connect` is not dropped.
    const ctx = { socket, workshop, service, engine };
    socket.onAny(
      (name: string, ...args: unknown[]) => void dispatch(COMMANDS, ctx, name, args, onError),
    );
    // Joining and snapshotting in one tick: every later event reaches this socket as a broadcast.
    const groupId = workshop.state.participants.find(
      (p) => p.id === socket.data.participantId,
    )?.groupId;
    socket.join(roomsFor(socket.data, groupId));
    socket.emit('workshop:snapshot', snapshotFor(socket, workshop));
  });

  // Every node delivers every event of a workshop to its own sockets, in seq order and once:
  // its own appends, and those of other nodes as they reach its live state (through
  // `workshop:events` below or by catching up from the store). So a board sees one gap-free
  // stream whichever node it is on.
  service.onEvents((workshop, events, foreign, states) => {
    const workshopId = workshop.id;
    engine.observe(workshop, events);
    if (clustered && !foreign) io.serverSideEmit('workshop:events', workshopId, events);
    // After the command's ack has gone out (ack first, then broadcast).
    setImmediate(() => {
      events.forEach((event, i) => {
        moveSockets(io, workshopId, event, states[i]!);
        deliver(io.local, workshopId, event, states[i]!);
      });
    });
  });
  if (clustered) {
    io.on('workshop:events', (workshopId, events) => {
      service.receive(workshopId, events).catch(onError);
    });
  }
}

/** Keeps sockets in the rooms that match who they are now, before they hear about it. */
function moveSockets(
  io: AppServer,
  workshopId: string,
  event: StoredEvent,
  after: PublicState,
): void {
  if (event.type === 'participant.moved') {
    const own = io.local.in(rooms.participant(workshopId, event.participantId));
    for (const group of after.groups) {
      if (group.id !== event.groupId) own.socketsLeave(rooms.group(workshopId, group.id));
    }
    own.socketsJoin(rooms.group(workshopId, event.groupId));
  }
  if (event.type === 'participant.removed') {
    const own = io.local.in(rooms.participant(workshopId, event.participantId));
    own.emit('workshop:notice', {
      code: 'REMOVED',
      message: 'The facilitator removed you from this session.',
    });
    own.disconnectSockets(true);
  }
  if (event.type === 'facilitator.linkRevoked') {
    const own = io.local.in(rooms.link(workshopId, event.linkId));
    own.emit('workshop:notice', {
      code: 'REVOKED',
      message: 'This facilitator link no longer works.',
    });
    own.disconnectSockets(true);
  }
}

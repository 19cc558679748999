import { ok } from '../../shared/ack.js';
import { publicEvent } from '../../shared/events.js';
import { needsSnapshot, viewEvent } from '../../shared/views.js';
import type { CommandTable } from './handle.js';
import { audienceOf } from './rooms.js';
import { snapshotFor } from './snapshotFor.js';

/** Beyond this many missed events a fresh snapshot is cheaper than replaying them. */
const MAX_REPLAY = 500;

export const syncCommands: Pick<CommandTable, 'workshop:sync'> = {
  async 'workshop:sync'({ socket, workshop, service }, { since }) {
    // Another node may have appended to a shared store since this one last looked.
    await service.catchUp(workshop);
    const current = workshop.state.seq;
    if (since > current || current - since > MAX_REPLAY) {
      return ok({ snapshot: snapshotFor(socket, workshop) });
    }
    const events = await service.eventsSince(workshop.id, since);
    // Events that changed what this screen may see are easier to answer with a fresh view.
    if (socket.data.role !== 'facilitator' && needsSnapshot(events)) {
      return ok({ snapshot: snapshotFor(socket, workshop) });
    }
    const participant = workshop.state.participants.find((p) => p.id === socket.data.participantId);
    const audience = audienceOf(socket.data, participant?.groupId);
    return ok({ events: events.map((e) => viewEvent(publicEvent(e), audience, workshop.state)) });
  },
};

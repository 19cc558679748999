import { ok } from '../../shared/ack.js';
import { fail } from '../../shared/errorCodes.js';
import { actorOf } from './actorOf.js';
import type { CommandTable } from './handle.js';

export const cardCommands: Pick<CommandTable, 'card:post'> = {
  async 'card:post'({ socket, workshop, service, engine }, payload) {
    // Live placement happens here, on the server, so it works with no facilitator screen open.
    const themeId = await engine.place(workshop, payload.text);
    const result = await service.execute(
      workshop,
      { type: 'card.post', ...payload, themeId },
      actorOf(socket.data),
    );
    if (!result.ok) return result;
    const posted = result.events.find((e) => e.type === 'card.posted');
    const id = posted?.type === 'card.posted' ? posted.card.id : payload.id;
    const card = result.state.cards.find((c) => c.id === id);
    return card ? ok({ card }) : fail('INTERNAL', 'the card was not stored');
  },
};

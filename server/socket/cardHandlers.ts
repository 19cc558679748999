import { ok } from '../../shared/ack.js';
import { fail } from '../../shared/errorCodes.js';
import type { ThemeEngine } from '../themes/ThemeEngine.js';
import type { WorkshopService, LiveWorkshop } from '../WorkshopService.js';
import { actorOf } from './actorOf.js';
import { handle } from './handle.js';
import type { AppSocket } from './types.js';

export function registerCardHandlers(
  socket: AppSocket,
  workshop: LiveWorkshop,
  service: WorkshopService,
  engine: ThemeEngine,
  onError: (error: unknown) => void,
): void {
  handle(
    socket,
    'card:post',
    async (payload) => {
      // Live placement happens here, on the server, so it works with no facilitator screen open.
      const themeId = await engine.place(workshop.id, workshop.state, payload.text);
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
    onError,
  );
}

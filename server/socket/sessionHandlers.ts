import { ok } from '../../shared/ack.js';
import { hashToken, newToken } from '../secrets.js';
import type { LiveWorkshop, WorkshopService } from '../WorkshopService.js';
import { actorOf } from './actorOf.js';
import { handle } from './handle.js';
import { registerSteering } from './steer.js';
import type { AppSocket } from './types.js';

/** Running the session: settings, groups, moderation, agenda and timer, voting, links. */
export function registerSessionHandlers(
  socket: AppSocket,
  workshop: LiveWorkshop,
  service: WorkshopService,
  onError: (error: unknown) => void,
): void {
  const steer: <K extends Parameters<typeof registerSteering>[4]>(
    name: K,
    toCommand: Parameters<typeof registerSteering<K>>[5],
  ) => void = (name, toCommand) =>
    registerSteering(socket, workshop, service, onError, name, toCommand);

  steer('workshop:update', (p) => ({ type: 'workshop.update', ...p }));
  steer('groups:configure', (p) => ({ type: 'groups.configure', ...p }));
  steer('group:add', (p) => ({ type: 'group.add', ...p }));
  steer('group:rename', (p) => ({ type: 'group.rename', ...p }));
  steer('participant:move', (p) => ({ type: 'participant.move', ...p }));
  steer('participant:remove', (p) => ({ type: 'participant.remove', ...p }));
  steer('card:edit', (p) => ({ type: 'card.edit', ...p }));
  steer('card:hide', (p) => ({ type: 'card.hide', ...p }));
  steer('card:delete', (p) => ({ type: 'card.delete', ...p }));
  steer('agenda:set', (p) => ({ type: 'agenda.set', ...p }));
  steer('step:goto', (p) => ({ type: 'step.goto', ...p }));
  steer('step:reveal', () => ({ type: 'step.reveal' }));
  steer('timer:start', (p) => ({ type: 'timer.start', durationSec: p?.durationSec }));
  steer('timer:pause', () => ({ type: 'timer.pause' }));
  steer('timer:resume', () => ({ type: 'timer.resume' }));
  steer('timer:extend', (p) => ({ type: 'timer.extend', ...p }));
  steer('voting:open', (p) => ({ type: 'voting.open', settings: p }));
  steer('voting:close', () => ({ type: 'voting.close' }));
  steer('vote:cast', (p) => ({ type: 'vote.cast', ...p }));
  steer('vote:retract', (p) => ({ type: 'vote.retract', ...p }));
  steer('facilitator:revokeLink', (p) => ({ type: 'facilitator.revokeLink', ...p }));
  steer('board:display', (p) => ({ type: 'board.display', ...p }));

  // The new link's token exists only in this answer; the log keeps its hash.
  handle(
    socket,
    'facilitator:createLink',
    async ({ label }) => {
      const token = newToken();
      const result = await service.execute(
        workshop,
        { type: 'facilitator.createLink', label, tokenHash: hashToken(token) },
        actorOf(socket.data),
      );
      if (!result.ok) return result;
      const created = result.events.find((e) => e.type === 'facilitator.linkCreated');
      const linkId = created?.type === 'facilitator.linkCreated' ? created.link.id : '';
      return ok({ seq: result.state.seq, linkId, token });
    },
    onError,
  );
}

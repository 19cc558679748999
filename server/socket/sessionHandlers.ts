import { ok } from '../../shared/ack.js';
import { hashToken, newToken } from '../secrets.js';
import { actorOf } from './actorOf.js';
import type { CommandTable } from './handle.js';
import { steering } from './steer.js';

type SessionCommand = Exclude<
  keyof CommandTable,
  'card:post' | 'workshop:sync' | keyof typeof import('./themeHandlers.js').themeCommands
>;

/** Running the session: settings, groups, moderation, agenda and timer, voting, links. */
export const sessionCommands: Pick<CommandTable, SessionCommand> = {
  'workshop:update': steering((p) => ({ type: 'workshop.update', ...p })),
  'groups:configure': steering((p) => ({ type: 'groups.configure', ...p })),
  'group:add': steering((p) => ({ type: 'group.add', ...p })),
  'group:rename': steering((p) => ({ type: 'group.rename', ...p })),
  'participant:move': steering((p) => ({ type: 'participant.move', ...p })),
  'participant:remove': steering((p) => ({ type: 'participant.remove', ...p })),
  'card:edit': steering((p) => ({ type: 'card.edit', ...p })),
  'card:hide': steering((p) => ({ type: 'card.hide', ...p })),
  'card:delete': steering((p) => ({ type: 'card.delete', ...p })),
  'agenda:set': steering((p) => ({ type: 'agenda.set', ...p })),
  'step:goto': steering((p) => ({ type: 'step.goto', ...p })),
  'step:reveal': steering(() => ({ type: 'step.reveal' })),
  'timer:start': steering((p) => ({ type: 'timer.start', durationSec: p?.durationSec })),
  'timer:pause': steering(() => ({ type: 'timer.pause' })),
  'timer:resume': steering(() => ({ type: 'timer.resume' })),
  'timer:extend': steering((p) => ({ type: 'timer.extend', ...p })),
  'voting:open': steering((p) => ({ type: 'voting.open', settings: p })),
  'voting:close': steering(() => ({ type: 'voting.close' })),
  'vote:cast': steering((p) => ({ type: 'vote.cast', ...p })),
  'vote:retract': steering((p) => ({ type: 'vote.retract', ...p })),
  'facilitator:revokeLink': steering((p) => ({ type: 'facilitator.revokeLink', ...p })),
  'board:display': steering((p) => ({ type: 'board.display', ...p })),
  // The new link's token exists only in this answer; the log keeps its hash.
  async 'facilitator:createLink'({ socket, workshop, service }, { label }) {
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
};

import type { Actor, Command, DecideContext } from './commands.js';
import type { Decision } from './decide.js';
import { fail } from './errorCodes.js';
import type { WorkshopEvent } from './events.js';
import { groupColor } from './groupColors.js';
import type { PublicState, Timer } from './model.js';
import { normalizeStep } from './normalizeStep.js';

type SessionCommand = Extract<
  Command,
  {
    type:
      | `workshop.update`
      | `groups.${string}`
      | `group.${string}`
      | 'participant.move'
      | 'participant.remove'
      | 'card.edit'
      | 'card.hide'
      | 'card.delete'
      | `agenda.${string}`
      | `step.${string}`
      | `timer.${string}`
      | `voting.${string}`
      | `vote.${string}`
      | `facilitator.${string}`
      | 'board.display';
  }
>;

const one = (event: WorkshopEvent): Decision => ({ ok: true, events: [event] });
const onlyFacilitator = () => fail('FORBIDDEN', 'only the facilitator can do this');

/** Running the session: settings, groups, moderation, agenda and timer, voting, links. */
export function decideSession(
  state: PublicState,
  command: SessionCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const at = ctx.now;
  const now = Date.parse(ctx.now);
  const card = (id: string) => state.cards.find((c) => c.id === id);

  // Participants may edit their own cards and vote; everything else is the facilitator's.
  if (command.type === 'card.edit' && actor.role === 'participant') {
    const target = card(command.cardId);
    if (!target || target.hidden) return fail('NOT_FOUND', 'there is no such card');
    if (target.authorId !== actor.participantId)
      return fail('FORBIDDEN', 'you can only edit your own cards');
    return one({ type: 'card.edited', at, cardId: target.id, text: command.text });
  }
  if (command.type === 'vote.cast' || command.type === 'vote.retract') {
    if (actor.role !== 'participant') return fail('FORBIDDEN', 'only participants vote');
    return decideVote(state, command, actor.participantId, at);
  }
  if (actor.role !== 'facilitator') return onlyFacilitator();

  switch (command.type) {
    case 'workshop.update':
      return one({
        type: 'workshop.updated',
        at,
        title: command.title,
        anonymous: command.anonymous,
      });
    case 'groups.configure':
      return one({
        type: 'groups.configured',
        at,
        settings: {
          mode: command.mode ?? state.groupSettings.mode,
          cap: command.cap === undefined ? state.groupSettings.cap : command.cap,
          spreadCountries: command.spreadCountries ?? state.groupSettings.spreadCountries,
        },
      });
    case 'group.add':
      return one({
        type: 'group.added',
        at,
        group: { id: ctx.newId(), name: command.name, color: groupColor(state.groups.length) },
      });
    case 'group.rename':
      if (!state.groups.some((g) => g.id === command.groupId))
        return fail('NOT_FOUND', 'there is no such group');
      return one({ type: 'group.renamed', at, groupId: command.groupId, name: command.name });
    case 'participant.move':
      if (!state.participants.some((p) => p.id === command.participantId)) {
        return fail('NOT_FOUND', 'there is no such participant');
      }
      if (!state.groups.some((g) => g.id === command.groupId))
        return fail('NOT_FOUND', 'there is no such group');
      return one({
        type: 'participant.moved',
        at,
        participantId: command.participantId,
        groupId: command.groupId,
      });
    case 'participant.remove':
      if (!state.participants.some((p) => p.id === command.participantId)) {
        return fail('NOT_FOUND', 'there is no such participant');
      }
      return one({ type: 'participant.removed', at, participantId: command.participantId });
    case 'card.edit':
      if (!card(command.cardId)) return fail('NOT_FOUND', 'there is no such card');
      return one({ type: 'card.edited', at, cardId: command.cardId, text: command.text });
    case 'card.hide':
      if (!card(command.cardId)) return fail('NOT_FOUND', 'there is no such card');
      return one({ type: 'card.hidden', at, cardId: command.cardId, hidden: command.hidden });
    case 'card.delete':
      if (!card(command.cardId)) return fail('NOT_FOUND', 'there is no such card');
      return one({ type: 'card.deleted', at, cardId: command.cardId });
    case 'agenda.set':
      return one({
        type: 'agenda.set',
        at,
        steps: command.steps.map((s) => normalizeStep(s, ctx.newId)),
      });
    case 'step.goto': {
      const step = state.agenda.steps[command.index];
      if (command.index !== -1 && !step) return fail('NOT_FOUND', 'the agenda has no such step');
      const timer: Timer = step?.durationSec
        ? { status: 'running', endsAt: now + step.durationSec * 1000, remainingMs: null }
        : { status: 'idle', endsAt: null, remainingMs: null };
      // A4: a voting step opens voting on the way in and closes it on the way out.
      const leaving = state.agenda.steps[state.agenda.current];
      const events: WorkshopEvent[] = [];
      if (leaving?.voting && leaving !== step && state.voting?.status === 'open') {
        events.push({ type: 'voting.closed', at });
      }
      events.push({ type: 'step.started', at, index: command.index, timer });
      if (step?.voting && !(state.voting?.status === 'open' && leaving === step)) {
        events.push({ type: 'voting.opened', at, settings: step.voting });
      }
      return { ok: true, events };
    }
    case 'step.reveal':
      if (state.agenda.current < 0) return fail('PHASE_CLOSED', 'the session has not started');
      return one({ type: 'step.revealed', at });
    case 'timer.start':
    case 'timer.pause':
    case 'timer.resume':
    case 'timer.extend': {
      const timer = nextTimer(state, command, now);
      return typeof timer === 'string'
        ? fail('PHASE_CLOSED', timer)
        : one({ type: 'timer.changed', at, timer });
    }
    case 'voting.open':
      return one({ type: 'voting.opened', at, settings: command.settings });
    case 'voting.close':
      if (state.voting?.status !== 'open') return fail('PHASE_CLOSED', 'voting is not open');
      return one({ type: 'voting.closed', at });
    case 'facilitator.createLink':
      return one({
        type: 'facilitator.linkCreated',
        at,
        link: { id: ctx.newId(), label: command.label, createdAt: at },
        tokenHash: command.tokenHash,
      });
    case 'facilitator.revokeLink':
      if (!state.facilitatorLinks.some((l) => l.id === command.linkId))
        return fail('NOT_FOUND', 'there is no such link');
      if (state.facilitatorLinks.length === 1)
        return fail('CONFLICT', 'make a new facilitator link before revoking the last one');
      return one({ type: 'facilitator.linkRevoked', at, linkId: command.linkId });
    case 'board.display': {
      const spotlight = command.spotlight === undefined ? state.board.spotlight : command.spotlight;
      if (spotlight) {
        const exists =
          spotlight.kind === 'theme'
            ? state.themes.some((t) => t.id === spotlight.id)
            : state.cards.some((c) => c.id === spotlight.id);
        if (!exists) return fail('NOT_FOUND', `there is no such ${spotlight.kind}`);
      }
      const board = { spotlight, colorScheme: command.colorScheme ?? state.board.colorScheme };
      return one({ type: 'board.changed', at, board });
    }
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

/** Timer changes; a string explains why the change is not possible now. */
function nextTimer(
  state: PublicState,
  command: Extract<Command, { type: `timer.${string}` }>,
  now: number,
): Timer | string {
  const { timer } = state.agenda;
  const remaining =
    timer.status === 'running' ? Math.max(0, timer.endsAt! - now) : (timer.remainingMs ?? 0);
  switch (command.type) {
    case 'timer.start': {
      const seconds = command.durationSec ?? state.agenda.steps[state.agenda.current]?.durationSec;
      if (!seconds) return 'choose how long the timer runs';
      return { status: 'running', endsAt: now + seconds * 1000, remainingMs: null };
    }
    case 'timer.pause':
      if (timer.status !== 'running') return 'the timer is not running';
      return { status: 'paused', endsAt: null, remainingMs: remaining };
    case 'timer.resume':
      if (timer.status !== 'paused') return 'the timer is not paused';
      return { status: 'running', endsAt: now + remaining, remainingMs: null };
    case 'timer.extend': {
      const more = command.seconds * 1000;
      if (timer.status === 'paused') return { ...timer, remainingMs: remaining + more };
      return { status: 'running', endsAt: now + remaining + more, remainingMs: null };
    }
  }
}

/** V1–V4: votes go to existing items, within the participant's budget, while voting is open. */
function decideVote(
  state: PublicState,
  command: Extract<Command, { type: 'vote.cast' | 'vote.retract' }>,
  participantId: string,
  at: string,
): Decision {
  const voting = state.voting;
  if (voting?.status !== 'open') return fail('PHASE_CLOSED', 'voting is not open');
  const mine = state.votes.filter((v) => v.participantId === participantId);
  const onTarget = mine.filter((v) => v.targetId === command.targetId).length;
  if (command.type === 'vote.retract') {
    if (!onTarget) return fail('NOT_FOUND', 'you have no vote there');
    return one({ type: 'vote.retracted', at, participantId, targetId: command.targetId });
  }
  const exists =
    voting.target === 'themes'
      ? state.themes.some((t) => t.id === command.targetId)
      : state.cards.some((c) => c.id === command.targetId && !c.hidden);
  if (!exists)
    return fail('NOT_FOUND', `there is no such ${voting.target === 'themes' ? 'theme' : 'card'}`);
  if (mine.length >= voting.perParticipant) return fail('CONFLICT', 'you have used all your votes');
  if (onTarget && !voting.allowMultiple) return fail('CONFLICT', 'one vote per item');
  return one({ type: 'vote.cast', at, participantId, targetId: command.targetId });
}

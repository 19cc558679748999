import type { StoredEvent } from './events.js';
import type { Card, PublicState } from './model.js';

/** Running the session: workshop settings, groups, moderation, agenda, timer, votes, links. */
export function evolveSession(
  state: PublicState,
  next: PublicState,
  event: StoredEvent,
): PublicState | undefined {
  const editCard = (id: string, change: Partial<Card>) =>
    state.cards.map((c) => (c.id === id ? { ...c, ...change } : c));
  switch (event.type) {
    case 'workshop.updated': {
      const { title, anonymous } = event;
      next.workshop = {
        ...state.workshop,
        ...(title !== undefined && { title }),
        ...(anonymous !== undefined && { anonymous }),
      };
      return next;
    }
    case 'groups.configured':
      next.groupSettings = event.settings;
      return next;
    case 'group.added':
      next.groups = [...state.groups, event.group];
      return next;
    case 'group.renamed':
      next.groups = state.groups.map((g) =>
        g.id === event.groupId ? { ...g, name: event.name } : g,
      );
      return next;
    case 'participant.moved':
      next.participants = state.participants.map((p) =>
        p.id === event.participantId ? { ...p, groupId: event.groupId } : p,
      );
      return next;
    case 'participant.removed':
      next.participants = state.participants.filter((p) => p.id !== event.participantId);
      next.votes = state.votes.filter((v) => v.participantId !== event.participantId);
      return next;
    case 'card.edited':
      next.cards = editCard(event.cardId, { text: event.text, editedAt: event.at });
      return next;
    case 'card.hidden':
      next.cards = editCard(event.cardId, { hidden: event.hidden });
      return next;
    case 'card.deleted':
      next.cards = state.cards.filter((c) => c.id !== event.cardId);
      next.themes = state.themes.map((t) =>
        t.cardIds.includes(event.cardId)
          ? { ...t, cardIds: t.cardIds.filter((id) => id !== event.cardId) }
          : t,
      );
      next.votes = state.votes.filter((v) => v.targetId !== event.cardId);
      return next;
    case 'agenda.set': {
      // Keep the current step if it is still there, by id.
      const currentId = state.agenda.steps[state.agenda.current]?.id;
      const current = currentId ? event.steps.findIndex((s) => s.id === currentId) : -1;
      next.agenda = {
        ...state.agenda,
        steps: event.steps,
        current: Math.min(current, event.steps.length - 1),
      };
      return next;
    }
    case 'step.started':
      next.agenda = { ...state.agenda, current: event.index, revealed: false, timer: event.timer };
      return next;
    case 'step.revealed':
      next.agenda = { ...state.agenda, revealed: true };
      return next;
    case 'timer.changed':
      next.agenda = { ...state.agenda, timer: event.timer };
      return next;
    case 'voting.opened':
      next.voting = { ...event.settings, status: 'open' };
      next.votes = [];
      return next;
    case 'voting.closed':
      next.voting = state.voting && { ...state.voting, status: 'closed' };
      return next;
    case 'vote.cast':
      next.votes = [
        ...state.votes,
        { participantId: event.participantId, targetId: event.targetId },
      ];
      return next;
    case 'vote.retracted': {
      const i = state.votes.findIndex(
        (v) => v.participantId === event.participantId && v.targetId === event.targetId,
      );
      next.votes = i < 0 ? state.votes : [...state.votes.slice(0, i), ...state.votes.slice(i + 1)];
      return next;
    }
    case 'facilitator.linkCreated':
      next.facilitatorLinks = [...state.facilitatorLinks, event.link];
      return next;
    case 'board.changed':
      next.board = event.board;
      return next;
    case 'facilitator.linkRevoked':
      next.facilitatorLinks = state.facilitatorLinks.filter((l) => l.id !== event.linkId);
      return next;
    default:
      return undefined;
  }
}

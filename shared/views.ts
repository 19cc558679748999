import type { StoredEvent } from './events.js';
import type { Card, PublicState } from './model.js';

/**
 * Who is looking. Facilitators see everything; a board sees what the whole room may see;
 * participants see what the room may see plus their own group's cards in private steps.
 */
export type Audience =
  { role: 'facilitator' } | { role: 'board' } | { role: 'group'; groupId: string };

/** P1: in a private step (visibility "group", not yet revealed) each group sees only its own cards. */
export function cardsOpenToAll(state: PublicState): boolean {
  const step = state.agenda.steps[state.agenda.current];
  return !step || step.visibility === 'all' || state.agenda.revealed;
}

export function canSee(card: Card, audience: Audience, state: PublicState): boolean {
  if (audience.role === 'facilitator') return true;
  if (card.hidden) return false; // P2
  if (card.groupId === null || cardsOpenToAll(state)) return true;
  return audience.role === 'group' && card.groupId === audience.groupId;
}

/** P4: while counts are hidden, the board shows no votes until voting closes. */
function votesHidden(state: PublicState, audience: Audience): boolean {
  return (
    audience.role === 'board' && state.voting?.status === 'open' && state.voting.counts === 'hidden'
  );
}

/** The state as an audience may see it. */
export function viewState(state: PublicState, audience: Audience): PublicState {
  if (audience.role === 'facilitator') return state;
  const cards = state.cards.filter((c) => canSee(c, audience, state));
  const visible = new Set(cards.map((c) => c.id));
  return {
    ...state,
    cards,
    themes: state.themes.map((t) => ({ ...t, cardIds: t.cardIds.filter((id) => visible.has(id)) })),
    // P3: in an anonymous session names stay with the facilitator.
    participants: state.workshop.anonymous
      ? state.participants.map((p) => ({ ...p, name: '' }))
      : state.participants,
    votes: votesHidden(state, audience) ? [] : state.votes,
    facilitatorLinks: [],
  };
}

/** Events after which an audience's whole view may differ: they travel as a `view.reset`. */
const VIEW_CHANGING = new Set<StoredEvent['type']>([
  'card.hidden',
  'step.started',
  'step.revealed',
  'agenda.set',
  'voting.closed',
  'voting.opened',
  'workshop.updated',
  'participant.moved',
  'participant.removed',
]);

/**
 * An event as an audience may see it, given the state right after it: the event itself (the
 * same object, so callers can tell nothing was filtered), a `view.reset`, or `event.withheld`.
 */
export function viewEvent(event: StoredEvent, audience: Audience, after: PublicState): StoredEvent {
  if (audience.role === 'facilitator') return event;
  const withheld: StoredEvent = { seq: event.seq, type: 'event.withheld', at: event.at };
  if (VIEW_CHANGING.has(event.type)) {
    return { seq: event.seq, type: 'view.reset', at: event.at, state: viewState(after, audience) };
  }
  const visibleCard = (id: string) => {
    const card = after.cards.find((c) => c.id === id);
    return !card || canSee(card, audience, after);
  };
  switch (event.type) {
    case 'card.posted':
      return canSee(event.card, audience, after) ? event : withheld;
    case 'card.edited':
    case 'card.moved':
      return visibleCard(event.cardId) ? event : withheld;
    case 'participant.joined':
      return after.workshop.anonymous
        ? { ...event, participant: { ...event.participant, name: '' } }
        : event;
    case 'vote.cast':
    case 'vote.retracted':
      return votesHidden(after, audience) ? withheld : event;
    case 'facilitator.linkCreated':
    case 'facilitator.linkRevoked':
      return withheld;
    default:
      return event;
  }
}

/** Whether replaying these events for an audience needs a fresh snapshot instead. */
export function needsSnapshot(events: StoredEvent[]): boolean {
  return events.some((e) => VIEW_CHANGING.has(e.type));
}

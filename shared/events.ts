import type {
  BoardDisplay,
  Card,
  FacilitatorLink,
  Group,
  GroupSettings,
  Participant,
  PublicState,
  Step,
  Theme,
  Timer,
  VotingSettings,
  Workshop,
} from './model.js';

/**
 * Facts, in the past tense. Every change to a workshop is one of these, numbered by `seq`.
 * Fields named `...Hash` are secrets: they stay in the server's log and never reach a client.
 */
export type WorkshopEvent =
  | {
      type: 'workshop.created';
      at: string;
      workshop: Workshop;
      groups: Group[];
      facilitatorTokenHash?: string;
    }
  | { type: 'participant.joined'; at: string; participant: Participant; tokenHash?: string }
  | { type: 'card.posted'; at: string; card: Card }
  | { type: 'card.moved'; at: string; cardId: string; themeId: string | null }
  | { type: 'theme.created'; at: string; theme: Theme }
  | { type: 'theme.renamed'; at: string; themeId: string; label: string }
  | { type: 'theme.locked'; at: string; themeId: string; locked: boolean }
  | { type: 'theme.deleted'; at: string; themeId: string }
  | { type: 'themes.merged'; at: string; themeIds: string[]; intoId: string; label: string }
  | { type: 'theme.split'; at: string; themeId: string; newTheme: Theme }
  | {
      type: 'suggestion.applied';
      at: string;
      suggestionId: string;
      /** New themes and new labels of existing ones, in board order. */
      themes: { id: string; label: string }[];
      /** Cards that change theme. */
      cardThemes: Record<string, string | null>;
    }
  | { type: 'suggestion.undone'; at: string; suggestionId: string }
  | { type: 'workshop.updated'; at: string; title?: string; anonymous?: boolean }
  | { type: 'groups.configured'; at: string; settings: GroupSettings }
  | { type: 'group.added'; at: string; group: Group }
  | { type: 'group.renamed'; at: string; groupId: string; name: string }
  | { type: 'participant.moved'; at: string; participantId: string; groupId: string }
  | { type: 'participant.removed'; at: string; participantId: string }
  | { type: 'card.edited'; at: string; cardId: string; text: string }
  | { type: 'card.hidden'; at: string; cardId: string; hidden: boolean }
  | { type: 'card.deleted'; at: string; cardId: string }
  | { type: 'agenda.set'; at: string; steps: Step[] }
  | { type: 'step.started'; at: string; index: number; timer: Timer }
  | { type: 'step.revealed'; at: string }
  | { type: 'timer.changed'; at: string; timer: Timer }
  | { type: 'voting.opened'; at: string; settings: VotingSettings }
  | { type: 'voting.closed'; at: string }
  | { type: 'vote.cast'; at: string; participantId: string; targetId: string }
  | { type: 'vote.retracted'; at: string; participantId: string; targetId: string }
  | { type: 'facilitator.linkCreated'; at: string; link: FacilitatorLink; tokenHash?: string }
  | { type: 'facilitator.linkRevoked'; at: string; linkId: string }
  | { type: 'board.changed'; at: string; board: BoardDisplay }
  /** What a screen receives in place of an event it may not see: the seq moves on, nothing else. */
  | { type: 'event.withheld'; at: string }
  /** What a screen receives when an event changes what it may see: its whole new view. */
  | { type: 'view.reset'; at: string; state: PublicState };

export type WorkshopEventType = WorkshopEvent['type'];

export type StoredEvent = WorkshopEvent & { seq: number };

/** Drops the secrets of an event before it leaves the server. */
export function publicEvent(event: StoredEvent): StoredEvent {
  switch (event.type) {
    case 'workshop.created': {
      const { facilitatorTokenHash: _hash, ...rest } = event;
      return rest;
    }
    case 'participant.joined':
    case 'facilitator.linkCreated': {
      const { tokenHash: _hash, ...rest } = event;
      return rest as StoredEvent;
    }
    default:
      return event;
  }
}

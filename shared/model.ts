/** The workshop domain: plain data, shared by server and client. */

export const CARD_KINDS = ['example', 'finding'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface Workshop {
  id: string;
  code: string;
  title: string;
  createdAt: string;
  /** Author names never leave the server for anyone but the facilitator. */
  anonymous: boolean;
  /** The template the session started from, if any. */
  template: string | null;
}

export const GROUP_MODES = ['choose', 'auto', 'assign'] as const;
/** choose: participants pick; auto: placed, balanced; assign: placed, then moved by the facilitator. */
export type GroupMode = (typeof GROUP_MODES)[number];

export interface GroupSettings {
  mode: GroupMode;
  /** Most participants per group; null for no cap. */
  cap: number | null;
  /** Automatic placement also spreads countries across groups. */
  spreadCountries: boolean;
}

export interface Group {
  id: string;
  name: string;
  color: string;
}

export interface Participant {
  id: string;
  name: string;
  groupId: string;
  joinedAt: string;
  country: string | null;
}

export interface Card {
  id: string;
  text: string;
  kind: CardKind;
  /** Country tag, e.g. "Moldova"; optional and free text. */
  country: string | null;
  /** null for cards the facilitator posts for the whole room. */
  groupId: string | null;
  /** null for cards the facilitator posts. */
  authorId: string | null;
  createdAt: string;
  themeId: string | null;
  /** Placed by the facilitator by hand: the algorithm never moves it again. */
  pinned: boolean;
  /** Hidden by the facilitator: only facilitators see it. */
  hidden: boolean;
  editedAt: string | null;
}

export interface Theme {
  id: string;
  label: string;
  cardIds: string[];
  /** Locked by the facilitator: nothing changes it but the facilitator, no card is placed in it. */
  locked: boolean;
  /** Created, renamed, merged or split by the facilitator: suggestions leave it as it is. */
  manual: boolean;
}

export const STEP_ACTIVITIES = ['examples', 'discuss', 'post', 'themes', 'vote', 'wrapup'] as const;
/** What a step is for; screens use it to choose what to show. */
export type StepActivity = (typeof STEP_ACTIVITIES)[number];

export interface Step {
  id: string;
  title: string;
  /** Shown on phones and on the board. */
  prompt: string;
  activity: StepActivity;
  /** Card kinds the step takes. */
  kinds: CardKind[];
  posting: boolean;
  /** group: each group sees only its own cards until the facilitator reveals them. */
  visibility: 'group' | 'all';
  /** Planned length; null for no timer. */
  durationSec: number | null;
  /** A voting step: entering it opens voting with these settings, leaving it closes voting. */
  voting: VotingSettings | null;
}

/** Times are server milliseconds since the epoch; clients correct for their own clock. */
export interface Timer {
  status: 'idle' | 'running' | 'paused';
  endsAt: number | null;
  remainingMs: number | null;
}

export interface Agenda {
  steps: Step[];
  /** Index of the current step; -1 while the session has not started (the lobby). */
  current: number;
  /** The current step's cards were revealed to everyone. */
  revealed: boolean;
  timer: Timer;
}

export interface VotingSettings {
  target: 'themes' | 'cards';
  perParticipant: number;
  /** Several votes on one item. */
  allowMultiple: boolean;
  /** live: everyone sees counts while voting; hidden: only when voting closes. */
  counts: 'live' | 'hidden';
}

export interface Voting extends VotingSettings {
  status: 'open' | 'closed';
}

export interface Vote {
  participantId: string;
  targetId: string;
}

/** How the projector looks: the facilitator steers it from the facilitator screen. */
export interface BoardDisplay {
  /** One theme or card shown large, or nothing. */
  spotlight: { kind: 'theme' | 'card'; id: string } | null;
  /** auto follows the projector computer's setting. */
  colorScheme: 'auto' | 'light' | 'dark';
}

export interface FacilitatorLink {
  id: string;
  label: string;
  createdAt: string;
}

/** The last accepted suggestion, with what it changed, so the facilitator can undo it. */
export interface AppliedSuggestion {
  id: string;
  createdThemeIds: string[];
  previousThemes: { id: string; label: string }[];
  previousCardThemes: Record<string, string | null>;
}

/** What every screen may know: the fold of the public events. */
export interface PublicState {
  seq: number;
  workshop: Workshop;
  groups: Group[];
  participants: Participant[];
  cards: Card[];
  themes: Theme[];
  lastSuggestion: AppliedSuggestion | null;
  groupSettings: GroupSettings;
  agenda: Agenda;
  voting: Voting | null;
  votes: Vote[];
  /** Facilitator links that work (without their secrets); facilitators only. */
  facilitatorLinks: FacilitatorLink[];
  board: BoardDisplay;
}

/** Hashes that authenticate people; kept on the server beside the public state. */
export interface Secrets {
  /** facilitator token hash → link id */
  facilitatorLinksByHash: Map<string, string>;
  /** participant token hash → participantId */
  participantsByTokenHash: Map<string, string>;
}

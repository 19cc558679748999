/** The workshop domain: plain data, shared by server and client. */

export const CARD_KINDS = ['example', 'finding'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface Workshop {
  id: string;
  code: string;
  title: string;
  createdAt: string;
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
}

/** Hashes that authenticate people; kept on the server beside the public state. */
export interface Secrets {
  facilitatorTokenHash: string;
  /** participant token hash → participantId */
  participantsByTokenHash: Map<string, string>;
}

import type { Card, PublicState, Theme } from '../model.js';

/**
 * What every export format shares: the session turned into sections and rows, ready to render.
 * Pure: the export time is passed in. Fields other engineers are adding to the model (votes,
 * anonymous sessions, hidden cards, participants' countries) are read when present.
 */

export interface ExportOptions {
  /** When the export was made (ISO 8601); the renderers never read a clock. */
  exportedAt: string;
}

export interface ExportCard {
  id: string;
  text: string;
  kind: string;
  /** The group's name; null for a card for the whole room. */
  group: string | null;
  country: string | null;
  /** The author's name; always null in an anonymous session and for the facilitator's cards. */
  author: string | null;
  /** Posted by the facilitator (`authorId === null`) rather than a participant. */
  byFacilitator: boolean;
  /** null when the session has no votes. */
  votes: number | null;
  createdAt: string;
  /** The theme's label; null for unsorted cards. */
  theme: string | null;
}

export interface ExportTheme {
  id: string;
  label: string;
  /** The theme's own votes, when themes are voted on; else the sum of its cards' votes, or null. */
  votes: number | null;
  /** Participants' findings, most votes first when there are votes. */
  findings: ExportCard[];
  /** Participants' examples, in the order they were posted. */
  examples: ExportCard[];
}

export interface ExportCounts {
  participants: number;
  groups: number;
  countries: number;
  cards: number;
}

export interface GroupCount {
  group: string;
  participants: number;
  cards: number;
  findings: number;
  examples: number;
}

export interface CountryCount {
  country: string;
  cards: number;
}

export interface ExportModel {
  title: string;
  /** The session's date, yyyy-mm-dd (UTC). */
  sessionDate: string;
  exportedAt: string;
  /** The export's date, yyyy-mm-dd (UTC). */
  exportDate: string;
  anonymous: boolean;
  hasVotes: boolean;
  counts: ExportCounts;
  /** The facilitator's cards, kept apart from participants' (the seed's opening examples). */
  facilitatorCards: ExportCard[];
  /** Themes with at least one participant card, most votes first when themes carry votes. */
  themes: ExportTheme[];
  /** Every theme, also the empty ones, with how many cards it holds (for the Themes sheet). */
  allThemes: {
    label: string;
    cards: number;
    findings: number;
    examples: number;
    votes: number | null;
  }[];
  /** Participants' cards in no theme. */
  unsorted: { findings: ExportCard[]; examples: ExportCard[] };
  /** One row per card, in report order: facilitator's cards, themes, unsorted. */
  rows: ExportCard[];
  byGroup: GroupCount[];
  byCountry: CountryCount[];
}

/** Optional fields that are not (yet) in every version of the model. */
type MaybeVoted = { votes?: unknown; hidden?: unknown };
type MaybeAnonymous = { anonymous?: unknown };
type MaybeCountry = { country?: unknown };
type MaybeVotes = { votes?: { targetId?: unknown }[]; voting?: unknown };

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** yyyy-mm-dd of an ISO time, without a clock or a locale. */
export function isoDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 10) : date.toISOString().slice(0, 10);
}

export function buildExportModel(state: PublicState, options: ExportOptions): ExportModel {
  const anonymous = (state.workshop as MaybeAnonymous).anonymous === true;
  const cards = state.cards.filter((card) => (card as MaybeVoted).hidden !== true);

  // Votes come as counts on cards and themes, or as the session's list of votes cast.
  const { votes: cast, voting } = state as MaybeVotes;
  const tally = new Map<string, number>();
  if (Array.isArray(cast))
    for (const vote of cast)
      if (typeof vote?.targetId === 'string')
        tally.set(vote.targetId, (tally.get(vote.targetId) ?? 0) + 1);
  const votesOf = (item: { id: string }): number | null =>
    numberOrNull((item as MaybeVoted).votes) ?? tally.get(item.id) ?? null;
  const hasVotes =
    tally.size > 0 ||
    (voting !== null && voting !== undefined) ||
    cards.some((card) => votesOf(card) !== null) ||
    state.themes.some((theme) => votesOf(theme) !== null);

  const groupName = new Map(state.groups.map((g) => [g.id, g.name]));
  const authorName = new Map(state.participants.map((p) => [p.id, p.name]));

  // A card belongs to the theme that lists it, or else to the theme it names.
  const themeOfCard = new Map<string, Theme>();
  for (const theme of state.themes)
    for (const cardId of theme.cardIds)
      if (!themeOfCard.has(cardId)) themeOfCard.set(cardId, theme);
  const themeById = new Map(state.themes.map((t) => [t.id, t]));
  for (const card of cards) {
    if (themeOfCard.has(card.id) || !card.themeId) continue;
    const theme = themeById.get(card.themeId);
    if (theme) themeOfCard.set(card.id, theme);
  }

  const toRow = (card: Card): ExportCard => {
    const byFacilitator = card.authorId === null;
    const name = !anonymous && card.authorId ? authorName.get(card.authorId)?.trim() : undefined;
    return {
      id: card.id,
      text: card.text,
      kind: card.kind,
      group: card.groupId ? (groupName.get(card.groupId) ?? null) : null,
      country: card.country?.trim() || null,
      author: name || null,
      byFacilitator,
      votes: hasVotes ? (votesOf(card) ?? 0) : null,
      createdAt: card.createdAt,
      theme: themeOfCard.get(card.id)?.label ?? null,
    };
  };

  const byVotes = (a: ExportCard, b: ExportCard) => (b.votes ?? 0) - (a.votes ?? 0);
  // Stable sorts keep the posting order among equals.
  const rank = (list: ExportCard[]) => (hasVotes ? [...list].sort(byVotes) : list);

  const facilitatorCards: ExportCard[] = [];
  const themeCards = new Map<string, ExportCard[]>(state.themes.map((t) => [t.id, []]));
  const unsortedCards: ExportCard[] = [];
  const allRows: ExportCard[] = [];
  for (const card of cards) {
    const row = toRow(card);
    allRows.push(row);
    if (row.byFacilitator) facilitatorCards.push(row);
    else {
      const theme = themeOfCard.get(card.id);
      if (theme) themeCards.get(theme.id)!.push(row);
      else unsortedCards.push(row);
    }
  }

  const split = (list: ExportCard[]) => ({
    findings: rank(list.filter((c) => c.kind !== 'example')),
    examples: list.filter((c) => c.kind === 'example'),
  });

  const themeVotes = (theme: Theme, list: ExportCard[]): number | null => {
    if (!hasVotes) return null;
    return votesOf(theme) ?? list.reduce((sum, c) => sum + (c.votes ?? 0), 0);
  };
  const themedVotes = state.themes.some((t) => votesOf(t) !== null);

  let themes: ExportTheme[] = state.themes
    .map((theme) => {
      const list = themeCards.get(theme.id)!;
      return { id: theme.id, label: theme.label, votes: themeVotes(theme, list), ...split(list) };
    })
    .filter((t) => t.findings.length + t.examples.length > 0);
  if (themedVotes) themes = [...themes].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));

  const allThemes = state.themes.map((theme) => {
    const inTheme = allRows.filter((row) => themeOfCard.get(row.id)?.id === theme.id);
    return {
      label: theme.label,
      cards: inTheme.length,
      findings: inTheme.filter((c) => c.kind !== 'example').length,
      examples: inTheme.filter((c) => c.kind === 'example').length,
      votes: themeVotes(theme, inTheme),
    };
  });

  const unsorted = split(unsortedCards);
  const rows = [
    ...facilitatorCards,
    ...themes.flatMap((t) => [...t.findings, ...t.examples]),
    ...unsorted.findings,
    ...unsorted.examples,
  ];

  // Countries: named on cards or by participants, compared without case.
  const countries = new Map<string, { country: string; cards: number }>();
  const countCountry = (name: string | null, cardsToAdd: number) => {
    if (!name) return;
    const key = name.toLocaleLowerCase();
    const entry = countries.get(key) ?? { country: name, cards: 0 };
    entry.cards += cardsToAdd;
    countries.set(key, entry);
  };
  for (const row of allRows) countCountry(row.country, 1);
  for (const p of state.participants) {
    const country = (p as MaybeCountry).country;
    if (typeof country === 'string') countCountry(country.trim() || null, 0);
  }

  const groupOfCard = new Map(cards.map((c) => [c.id, c.groupId]));
  const byGroup: GroupCount[] = state.groups.map((g) => {
    const inGroup = allRows.filter((row) => groupOfCard.get(row.id) === g.id);
    return {
      group: g.name,
      participants: state.participants.filter((p) => p.groupId === g.id).length,
      cards: inGroup.length,
      findings: inGroup.filter((c) => c.kind !== 'example').length,
      examples: inGroup.filter((c) => c.kind === 'example').length,
    };
  });
  const roomCards = allRows.filter((row) => row.group === null);
  if (roomCards.length)
    byGroup.push({
      group: 'Whole room',
      participants: 0,
      cards: roomCards.length,
      findings: roomCards.filter((c) => c.kind !== 'example').length,
      examples: roomCards.filter((c) => c.kind === 'example').length,
    });

  return {
    title: state.workshop.title,
    sessionDate: isoDate(state.workshop.createdAt),
    exportedAt: options.exportedAt,
    exportDate: isoDate(options.exportedAt),
    anonymous,
    hasVotes,
    counts: {
      participants: state.participants.length,
      groups: state.groups.length,
      countries: countries.size,
      cards: allRows.length,
    },
    facilitatorCards,
    themes,
    allThemes,
    unsorted,
    rows,
    byGroup,
    byCountry: [...countries.values()].sort(
      (a, b) => b.cards - a.cards || a.country.localeCompare(b.country),
    ),
  };
}

/**
 * OWASP's defence against formula injection in spreadsheets: a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading single quote, so it stays text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** "A World of Powerful Partnerships" → "a-world-of-powerful-partnerships", any script kept. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'workshop';
}

/** The human line under the title: "12 participants · 3 groups · 5 countries · 40 cards". */
export function countsLine(counts: ExportCounts): string {
  const n = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;
  return [
    n(counts.participants, 'participant', 'participants'),
    n(counts.groups, 'group', 'groups'),
    n(counts.countries, 'country', 'countries'),
    n(counts.cards, 'card', 'cards'),
  ].join(' · ');
}

/** "Table 2, Moldova" — the context shown after an example. */
export function cardContext(card: ExportCard, options: { author?: boolean } = {}): string {
  return [options.author ? card.author : null, card.group, card.country]
    .filter((part): part is string => !!part)
    .join(', ');
}

/** "3 votes"; empty without votes, and for zero unless `zero` (findings always show a count). */
export function votesLabel(votes: number | null, zero = true): string {
  if (votes === null || (votes === 0 && !zero)) return '';
  return `${votes} ${votes === 1 ? 'vote' : 'votes'}`;
}

/** Findings always show their votes (when there are votes); other cards only when they have some. */
export function cardVotesLabel(card: ExportCard): string {
  return votesLabel(card.votes, card.kind !== 'example' && !card.byFacilitator);
}

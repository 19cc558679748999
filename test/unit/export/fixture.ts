import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StoredEvent } from '../../../shared/events.js';
import { replay } from '../../../shared/evolve.js';
import type { PublicState, Theme } from '../../../shared/model.js';

export const fixtureDir = fileURLToPath(new URL('../../fixtures/export/', import.meta.url));
export const EXPORTED_AT = '2026-11-28T09:30:00.000Z';

/** The fixed session: the seed workshop's examples and findings, plus hostile cards. */
export function fixtureEvents(): StoredEvent[] {
  return JSON.parse(readFileSync(`${fixtureDir}session-events.json`, 'utf8')) as StoredEvent[];
}

const THEMES: { id: string; label: string; cardIds: string[] }[] = [
  {
    id: 't-benefit',
    label: 'Partnerships benefit communities and libraries',
    cardIds: ['c-10', 'c-11', 'c-12', 'c-19', 'c-20'],
  },
  {
    id: 't-action',
    label: 'Developing strong partnerships takes action',
    cardIds: ['c-13', 'c-14', 'c-15', 'c-16', 'c-21', 'c-23'],
  },
  {
    id: 't-shared',
    label: 'Shared elements of successful library partnerships',
    cardIds: ['c-17', 'c-18', 'c-22', 'c-01'],
  },
  { id: 't-empty', label: 'Parking lot', cardIds: [] },
];

/**
 * The session folded from the log, with themes laid on directly so the golden files do not
 * depend on how theme events evolve.
 */
export function fixtureState(events: StoredEvent[] = fixtureEvents()): PublicState {
  const state = replay(events)!;
  const themeOf = new Map(THEMES.flatMap((t) => t.cardIds.map((id) => [id, t.id] as const)));
  return {
    ...state,
    themes: THEMES.map((t) => ({ ...t, locked: false, manual: true }) as unknown as Theme),
    cards: state.cards.map((c) => ({ ...c, themeId: themeOf.get(c.id) ?? null })),
  };
}

/** Votes on some cards and themes (fields other features add to the model). */
export function withVotes(state: PublicState): PublicState {
  const cardVotes: Record<string, number> = {
    'c-12': 7,
    'c-10': 3,
    'c-11': 5,
    'c-14': 2,
    'c-24': 1,
  };
  return {
    ...state,
    cards: state.cards.map((c) => ({ ...c, votes: cardVotes[c.id] ?? 0 })),
  };
}

export function anonymous(state: PublicState): PublicState {
  return { ...state, workshop: { ...state.workshop, anonymous: true } as PublicState['workshop'] };
}

export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://x","y")',
  '+SUM(A1)',
  '-2+3',
  '@cmd',
  'Commas, "quotes" and\nline breaks, all in one card',
  '<script>alert("x")</script> & <b>not bold</b>',
  'Партнерство з місцевою радою відкрило в бібліотеці центр електронних послуг.',
  'Thư viện tỉnh hợp tác với trường đại học để đào tạo kỹ năng số cho người cao tuổi.',
  'الشراكة مع وزارة التربية ساعدت المكتبات المدرسية على تدريب المعلمين.',
];

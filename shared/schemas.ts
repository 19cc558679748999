import { z } from 'zod';
import { CARD_KINDS, GROUP_MODES, STEP_ACTIVITIES } from './model.js';
import { isJoinCode, normalizeJoinCode } from './joinCode.js';

/** Size caps for everything a person can type; the server refuses anything larger. */
export const LIMITS = {
  cardText: 1000,
  name: 40,
  title: 120,
  groupName: 40,
  groups: 200,
  country: 60,
  id: 64,
  token: 128,
  themeLabel: 120,
  themes: 100,
  cardsPerCommand: 5000,
  prompt: 1000,
  steps: 30,
} as const;

/** Client-made ids: url-safe, short, so a retried command can be recognised. */
export const IdSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "-" and "_" only');

export const JoinCodeSchema = z
  .string()
  .max(20)
  .refine(isJoinCode, 'a join code has 6 letters or digits')
  .transform(normalizeJoinCode);

const trimmed = (max: number) => z.string().trim().max(max);

export const CardPostSchema = z.object({
  id: IdSchema.optional(),
  text: trimmed(LIMITS.cardText).min(1, 'a card needs some text'),
  groupId: IdSchema.optional(),
  kind: z.enum(CARD_KINDS).optional(),
  country: trimmed(LIMITS.country).optional(),
});
export type CardPost = z.input<typeof CardPostSchema>;

export const SyncRequestSchema = z.object({
  since: z.number().int().min(0),
});
export type SyncRequest = z.input<typeof SyncRequestSchema>;

const label = trimmed(LIMITS.themeLabel).min(1, 'a theme needs a name');
const idList = z.array(IdSchema).max(LIMITS.cardsPerCommand);

export const CardMoveSchema = z.object({ cardId: IdSchema, themeId: IdSchema.nullable() });
export const ThemeCreateSchema = z.object({
  id: IdSchema.optional(),
  label,
  cardIds: idList.optional(),
});
export const ThemeRenameSchema = z.object({ themeId: IdSchema, label });
export const ThemeLockSchema = z.object({ themeId: IdSchema, locked: z.boolean() });
export const ThemeDeleteSchema = z.object({ themeId: IdSchema });
export const ThemeMergeSchema = z.object({
  themeIds: z.array(IdSchema).min(2).max(LIMITS.themes),
  intoId: IdSchema,
  label: label.optional(),
});
export const ThemeSplitSchema = z.object({
  themeId: IdSchema,
  cardIds: idList.min(1, 'choose the cards to split off'),
  label,
  id: IdSchema.optional(),
});
export const ThemesSuggestSchema = z.object({}).optional();
export const ThemesApplySchema = z.object({
  suggestionId: IdSchema.optional(),
  themes: z.array(z.object({ id: IdSchema, label, cardIds: idList })).max(LIMITS.themes),
});
export const ThemesUndoSchema = z.object({ suggestionId: IdSchema });

const name = trimmed(LIMITS.groupName).min(1, 'a name is needed');
const empty = z.object({}).optional();

export const VotingSettingsSchema = z.object({
  target: z.enum(['themes', 'cards']).default('themes'),
  perParticipant: z.number().int().min(1).max(20).default(3),
  allowMultiple: z.boolean().default(false),
  counts: z.enum(['live', 'hidden']).default('hidden'),
});

export const StepSchema = z.object({
  id: IdSchema.optional(),
  title: trimmed(LIMITS.title).min(1, 'a step needs a title'),
  prompt: trimmed(LIMITS.prompt).optional(),
  activity: z.enum(STEP_ACTIVITIES).optional(),
  kinds: z.array(z.enum(CARD_KINDS)).max(2).optional(),
  posting: z.boolean().optional(),
  visibility: z.enum(['group', 'all']).optional(),
  durationSec: z
    .number()
    .int()
    .min(10)
    .max(24 * 3600)
    .nullable()
    .optional(),
  voting: VotingSettingsSchema.nullable().optional(),
});
export const AgendaSchema = z.array(StepSchema).max(LIMITS.steps);

const sessionSchemas = {
  'workshop:update': z.object({
    title: trimmed(LIMITS.title).min(1).optional(),
    anonymous: z.boolean().optional(),
  }),
  'groups:configure': z.object({
    mode: z.enum(GROUP_MODES).optional(),
    cap: z.number().int().min(1).max(1000).nullable().optional(),
    spreadCountries: z.boolean().optional(),
  }),
  'group:add': z.object({ name }),
  'group:rename': z.object({ groupId: IdSchema, name }),
  'participant:move': z.object({ participantId: IdSchema, groupId: IdSchema }),
  'participant:remove': z.object({ participantId: IdSchema }),
  'card:edit': z.object({
    cardId: IdSchema,
    text: trimmed(LIMITS.cardText).min(1, 'a card needs some text'),
  }),
  'card:hide': z.object({ cardId: IdSchema, hidden: z.boolean() }),
  'card:delete': z.object({ cardId: IdSchema }),
  'agenda:set': z.object({ steps: AgendaSchema }),
  'step:goto': z.object({ index: z.number().int().min(-1).max(LIMITS.steps) }),
  'step:reveal': empty,
  'timer:start': z
    .object({
      durationSec: z
        .number()
        .int()
        .min(10)
        .max(24 * 3600)
        .optional(),
    })
    .optional(),
  'timer:pause': empty,
  'timer:resume': empty,
  'timer:extend': z.object({ seconds: z.number().int().min(-3600).max(3600) }),
  'voting:open': VotingSettingsSchema,
  'voting:close': empty,
  'vote:cast': z.object({ targetId: IdSchema }),
  'vote:retract': z.object({ targetId: IdSchema }),
  'facilitator:createLink': z.object({
    label: trimmed(LIMITS.name).min(1).default('Co-facilitator'),
  }),
  'facilitator:revokeLink': z.object({ linkId: IdSchema }),
  'board:display': z.object({
    spotlight: z
      .object({ kind: z.enum(['theme', 'card']), id: IdSchema })
      .nullable()
      .optional(),
    colorScheme: z.enum(['auto', 'light', 'dark']).optional(),
  }),
} as const;

/** Every client→server command, by event name. The server parses each payload with its schema. */
export const commandSchemas = {
  'card:post': CardPostSchema,
  'workshop:sync': SyncRequestSchema,
  'card:move': CardMoveSchema,
  'theme:create': ThemeCreateSchema,
  'theme:rename': ThemeRenameSchema,
  'theme:lock': ThemeLockSchema,
  'theme:delete': ThemeDeleteSchema,
  'theme:merge': ThemeMergeSchema,
  'theme:split': ThemeSplitSchema,
  'themes:suggest': ThemesSuggestSchema,
  'themes:apply': ThemesApplySchema,
  'themes:undo': ThemesUndoSchema,
  ...sessionSchemas,
} as const;
export type CommandPayload<K extends CommandName> = z.input<(typeof commandSchemas)[K]>;
export type CommandName = keyof typeof commandSchemas;

export const HandshakeAuthSchema = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('participant'),
    code: JoinCodeSchema,
    name: trimmed(LIMITS.name).optional().default(''),
    groupId: IdSchema.optional(),
    participantToken: z.string().max(LIMITS.token).optional(),
    country: trimmed(LIMITS.country).optional(),
  }),
  z.object({
    role: z.literal('facilitator'),
    workshopId: IdSchema,
    token: z.string().min(1).max(LIMITS.token),
  }),
  z.object({ role: z.literal('board'), code: JoinCodeSchema }),
]);
export type HandshakeAuth = z.input<typeof HandshakeAuthSchema>;
export type ParsedHandshakeAuth = z.output<typeof HandshakeAuthSchema>;

export const CreateWorkshopSchema = z.object({
  title: trimmed(LIMITS.title).min(1, 'a session needs a title'),
  groups: z
    .array(trimmed(LIMITS.groupName).min(1, 'a group needs a name'))
    .min(1)
    .max(LIMITS.groups)
    .optional(),
  groupCount: z.number().int().min(1).max(LIMITS.groups).optional(),
  template: z.string().max(LIMITS.id).optional(),
  /** An agenda to start with, e.g. one a facilitator saved as their own template. */
  agenda: AgendaSchema.optional(),
  anonymous: z.boolean().optional(),
});
export type CreateWorkshopRequest = z.input<typeof CreateWorkshopSchema>;

/** One line that says what was wrong, for the `message` of an INVALID_PAYLOAD. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ');
}

import { z } from 'zod';
import { publicEvent, type StoredEvent } from '../events.js';
import type { PublicState } from '../model.js';
import { LIMITS } from '../schemas.js';

export const ARCHIVE_FORMAT = 'otterboard-archive';
export const ARCHIVE_SCHEMA_VERSION = 1;

/** A whole session: its public event log (the truth) and the snapshot it folds to. */
export interface Archive {
  format: typeof ARCHIVE_FORMAT;
  schemaVersion: typeof ARCHIVE_SCHEMA_VERSION;
  exportedAt: string;
  snapshot: PublicState;
  events: StoredEvent[];
}

/** Pure: the events lose their secrets (`...Hash` fields), the export time is passed in. */
export function buildArchive(
  state: PublicState,
  events: StoredEvent[],
  options: { exportedAt: string },
): Archive {
  return {
    format: ARCHIVE_FORMAT,
    schemaVersion: ARCHIVE_SCHEMA_VERSION,
    exportedAt: options.exportedAt,
    snapshot: state,
    events: events.map(publicEvent),
  };
}

const isoTime = z.string().min(1).max(40);
const id = z.string().min(1).max(LIMITS.id);

const WorkshopSchema = z.looseObject({
  id,
  code: z.string().max(20),
  title: z.string().trim().min(1).max(LIMITS.title),
  createdAt: isoTime,
});
const GroupSchema = z.looseObject({
  id,
  name: z.string().max(LIMITS.groupName),
  color: z.string().max(40),
});
const ParticipantSchema = z.looseObject({
  id,
  name: z.string().max(LIMITS.name),
  groupId: id,
  joinedAt: isoTime,
});
const CardSchema = z.looseObject({
  id,
  text: z.string().min(1).max(LIMITS.cardText),
  kind: z.string().max(20),
  country: z.string().max(LIMITS.country).nullable(),
  groupId: id.nullable(),
  authorId: id.nullable(),
  createdAt: isoTime,
  themeId: id.nullable(),
});

const eventBase = { seq: z.number().int().min(1), at: isoTime };

/**
 * The events this version knows well are checked field by field; other event types (added by
 * newer features) must still be objects with a type, a seq and a time, and the importer folds
 * the whole log with `evolve` to make sure it holds together.
 */
export const ArchivedEventSchema = z.union([
  z.looseObject({
    ...eventBase,
    type: z.literal('workshop.created'),
    workshop: WorkshopSchema,
    groups: z.array(GroupSchema).min(1).max(LIMITS.groups),
  }),
  z.looseObject({
    ...eventBase,
    type: z.literal('participant.joined'),
    participant: ParticipantSchema,
  }),
  z.looseObject({ ...eventBase, type: z.literal('card.posted'), card: CardSchema }),
  z.looseObject({
    ...eventBase,
    type: z
      .string()
      .regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/)
      .refine((t) => !['workshop.created', 'participant.joined', 'card.posted'].includes(t)),
  }),
]);

export const ArchiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  exportedAt: isoTime,
  snapshot: z.looseObject({ workshop: z.looseObject({}) }),
  events: z.array(ArchivedEventSchema).min(1).max(100_000),
});
export type ParsedArchive = z.output<typeof ArchiveSchema>;

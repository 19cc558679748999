import { ArchiveSchema } from '../shared/export/archive.js';
import { describeIssues } from '../shared/schemas.js';
import { fail, type Failure } from '../shared/errorCodes.js';
import type { StoredEvent, WorkshopEvent } from '../shared/events.js';
import { evolve } from '../shared/evolve.js';
import type { PublicState } from '../shared/model.js';
import { hashToken, newId, newJoinCode, newToken } from './secrets.js';
import { CodeTakenError, type Store } from './store/Store.js';

export interface ImportedWorkshop {
  ok: true;
  id: string;
  code: string;
  facilitatorToken: string;
  state: PublicState;
}

/** Drops every `...Hash` field an archive might carry: secrets are never imported. */
function withoutSecrets(event: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(event).filter(([key]) => !key.endsWith('Hash')));
}

/** Folds the log, making sure every step gives a workshop state (unknown events do not). */
function fold(events: StoredEvent[]): PublicState | null {
  let state: PublicState | null = null;
  for (const event of events) {
    state = evolve(state, event);
    const shaped =
      state &&
      typeof state === 'object' &&
      state.seq === event.seq &&
      typeof state.workshop?.id === 'string' &&
      Array.isArray(state.cards) &&
      Array.isArray(state.themes) &&
      Array.isArray(state.participants) &&
      Array.isArray(state.groups);
    if (!shaped) return null;
  }
  return state;
}

/**
 * Loads an archive (`GET …/export?format=json`) as a NEW session: a new id, join code and
 * facilitator token; the events re-sequenced into it, the `workshop.created` event rewritten
 * for the new id and code. Participants' tokens are not in an archive, so nobody can rejoin
 * an imported session as someone they were; the facilitator gets the new token.
 */
export async function importArchive(
  store: Store,
  body: unknown,
): Promise<ImportedWorkshop | Failure> {
  const parsed = ArchiveSchema.safeParse(body);
  if (!parsed.success) return fail('INVALID_PAYLOAD', describeIssues(parsed.error));
  const archived = parsed.data.events as unknown as Record<string, unknown>[];

  // The log must be whole: seq 1, 2, 3 … and workshop.created first and only there.
  for (const [i, event] of archived.entries()) {
    if (event.seq !== i + 1)
      return fail('INVALID_PAYLOAD', `events: expected seq ${i + 1}, got ${String(event.seq)}`);
    if ((event.type === 'workshop.created') !== (i === 0))
      return fail('INVALID_PAYLOAD', 'events: the log must start with one workshop.created');
  }

  const facilitatorToken = newToken();
  for (let attempt = 0; ; attempt++) {
    const id = newId();
    const code = newJoinCode();
    const events = archived.map((raw, i) => {
      const event = withoutSecrets(raw);
      if (i > 0) return event;
      const created = event as Extract<WorkshopEvent, { type: 'workshop.created' }>;
      return {
        ...created,
        workshop: { ...created.workshop, id, code },
        facilitatorTokenHash: hashToken(facilitatorToken),
      };
    }) as unknown as StoredEvent[];

    let state: PublicState | null;
    try {
      state = fold(events);
    } catch {
      state = null;
    }
    if (!state) return fail('INVALID_PAYLOAD', 'events: the log does not fold to a session');

    const unsequenced = events.map(({ seq: _seq, ...event }) => event as WorkshopEvent);
    try {
      await store.append(id, 0, unsequenced);
      return { ok: true, id, code, facilitatorToken, state };
    } catch (error) {
      // A fresh random code can collide with an existing one; draw again.
      if (error instanceof CodeTakenError && attempt < 5) continue;
      throw error;
    }
  }
}

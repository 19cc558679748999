import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopEvent } from '../../shared/events.js';
import { PostgresStore } from '../../server/store/PostgresStore.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import { CodeTakenError, SeqConflictError, type Store } from '../../server/store/Store.js';
import { createTestSchema, findPostgres, type TestSchema } from '../helpers/services.js';

/** One backing database; `open` gives another independent `Store` on it (another "node"). */
interface Backend {
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

interface StoreCase {
  name: string;
  /** Why the case cannot run here, or null. */
  unavailable: string | null;
  backend(): Promise<Backend>;
}

const postgresUrl = await findPostgres();
if (!postgresUrl) {
  console.warn(
    'store.test: PostgreSQL is not reachable (DATABASE_URL or 127.0.0.1:5432); ' +
      'the PostgreSQL store tests are skipped.',
  );
}

const cases: StoreCase[] = [
  {
    name: 'SQLite',
    unavailable: null,
    async backend() {
      const dir = mkdtempSync(join(tmpdir(), 'otterboard-store-'));
      return {
        open: async () => SqliteStore.inDirectory(dir),
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    unavailable: postgresUrl ? null : 'PostgreSQL is not reachable',
    async backend() {
      const schema: TestSchema = await createTestSchema(postgresUrl!);
      return { open: () => PostgresStore.connect(schema.url), dispose: () => schema.drop() };
    },
  },
];

const at = '2026-03-01T10:00:00.000Z';
const newCode = () => randomBytes(3).toString('hex').toUpperCase();
const newId = () => randomBytes(8).toString('hex');

function created(workshopId: string, code: string): WorkshopEvent {
  return {
    type: 'workshop.created',
    at,
    workshop: { id: workshopId, code, title: 'Store test', createdAt: at },
    groups: [{ id: 'g1', name: 'Moldova', color: '#00f' }],
  } as WorkshopEvent;
}

function posted(cardId: string, text = `card ${cardId}`): WorkshopEvent {
  return {
    type: 'card.posted',
    at,
    card: {
      id: cardId,
      text,
      kind: 'finding',
      country: null,
      groupId: 'g1',
      authorId: null,
      createdAt: at,
      themeId: null,
    },
  } as WorkshopEvent;
}

const cardIds = (events: WorkshopEvent[]) =>
  events.flatMap((e) => (e.type === 'card.posted' ? [e.card.id] : []));

describe.each(cases)('$name store', ({ unavailable, backend: makeBackend }) => {
  const test = unavailable ? it.skip : it;
  let backend: Backend;
  let store: Store;
  const opened: Store[] = [];
  const open = async () => {
    const s = await backend.open();
    opened.push(s);
    return s;
  };

  beforeAll(async () => {
    if (unavailable) return;
    backend = await makeBackend();
    store = await open();
  });
  afterAll(async () => {
    if (unavailable) return;
    for (const s of opened) await s.close();
    await backend.dispose();
  });

  /** A new workshop with its created event at seq 1. */
  async function newWorkshop(): Promise<{ id: string; code: string }> {
    const id = newId();
    const code = newCode();
    await store.append(id, 0, [created(id, code)]);
    return { id, code };
  }

  test('S1 appends numbered events and loads them, all or since a seq', async () => {
    const id = newId();
    const code = newCode();
    const first = await store.append(id, 0, [created(id, code)]);
    expect(first.map((e) => e.seq)).toEqual([1]);
    const more = await store.append(id, 1, [posted('a', 'quote " and \\ and \u0000'), posted('b')]);
    expect(more.map((e) => e.seq)).toEqual([2, 3]);

    const all = await store.load(id);
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(all[0]).toEqual({ ...created(id, code), seq: 1 });
    expect(all[1]).toEqual({ ...posted('a', 'quote " and \\ and \u0000'), seq: 2 });
    expect((await store.load(id, 1)).map((e) => e.seq)).toEqual([2, 3]);
    expect(await store.load(id, 3)).toEqual([]);
    expect(await store.load(newId())).toEqual([]);
    expect(await store.findWorkshopIdByCode(code)).toBe(id);
    expect(await store.findWorkshopIdByCode('NOSUCH')).toBeNull();
  });

  test('S2 refuses an append whose expectedSeq is not the last seq, writing nothing', async () => {
    const { id } = await newWorkshop();
    await store.append(id, 1, [posted('a')]);
    await expect(store.append(id, 1, [posted('b')])).rejects.toBeInstanceOf(SeqConflictError);
    await expect(store.append(id, 0, [posted('c')])).rejects.toBeInstanceOf(SeqConflictError);
    await expect(store.append(id, 5, [posted('d')])).rejects.toBeInstanceOf(SeqConflictError);
    expect(cardIds(await store.load(id))).toEqual(['a']);
    // A workshop that does not exist yet starts at 0 and nowhere else.
    await expect(store.append(newId(), 3, [posted('e')])).rejects.toBeInstanceOf(SeqConflictError);
  });

  test('S3 a join code belongs to one workshop', async () => {
    const { id, code } = await newWorkshop();
    const other = newId();
    await expect(store.append(other, 0, [created(other, code)])).rejects.toBeInstanceOf(
      CodeTakenError,
    );
    expect(await store.load(other)).toEqual([]);
    expect(await store.findWorkshopIdByCode(code)).toBe(id);
  });

  test('S4 two stores racing at the same expectedSeq: exactly one wins each round', async () => {
    const { id } = await newWorkshop();
    const other = await open();
    let last = 1;
    for (let round = 0; round < 20; round++) {
      const results = await Promise.allSettled([
        store.append(id, last, [posted(`x${round}`)]),
        other.append(id, last, [posted(`y${round}`)]),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(SeqConflictError);
      last++;
    }
    const seqs = (await other.load(id)).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  test('S5 concurrent writers on two stores never leave a gap or a duplicate seq', async () => {
    const { id } = await newWorkshop();
    const stores = [store, await open()];
    const perWriter = 40;
    // Four writers, two on each store, each catching up on a conflict and trying again.
    const writers = [0, 1, 2, 3].map(async (w) => {
      const s = stores[w % 2]!;
      let conflicts = 0;
      for (let n = 0; n < perWriter; n++) {
        for (;;) {
          const events = await s.load(id);
          const last = events.at(-1)!.seq;
          try {
            await s.append(id, last, [posted(`w${w}-${n}`)]);
            break;
          } catch (error) {
            if (!(error instanceof SeqConflictError)) throw error;
            conflicts++;
          }
        }
      }
      return conflicts;
    });
    await Promise.all(writers);

    const events = await stores[1]!.load(id);
    expect(events.map((e) => e.seq)).toEqual(
      Array.from({ length: 4 * perWriter + 1 }, (_, i) => i + 1),
    );
    const ids = cardIds(events);
    expect(new Set(ids).size).toBe(4 * perWriter);
  });

  test('S6 events survive closing and reopening', async () => {
    const { id, code } = await newWorkshop();
    await store.append(id, 1, [posted('a'), posted('b')]);
    const before = await store.load(id);
    await store.close();
    store = await open();
    expect(await store.load(id)).toEqual(before);
    expect(await store.findWorkshopIdByCode(code)).toBe(id);
    await store.append(id, 3, [posted('c')]);
    expect((await store.load(id, 3)).map((e) => e.seq)).toEqual([4]);
  });
});

describe.skipIf(!postgresUrl)('PostgreSQL store only', () => {
  let schema: TestSchema;
  let store: PostgresStore;
  beforeAll(async () => {
    schema = await createTestSchema(postgresUrl!);
    store = await PostgresStore.connect(schema.url);
  });
  afterAll(async () => {
    await store?.close();
    await schema?.drop();
  });

  it('S7 the database refuses a second card with the same id in one workshop', async () => {
    const id = newId();
    await store.append(id, 0, [created(id, newCode())]);
    await store.append(id, 1, [posted('same')]);
    // Even at the right seq: the caller must catch up and see the card it did not know about.
    await expect(store.append(id, 2, [posted('same')])).rejects.toBeInstanceOf(SeqConflictError);
    // Another workshop may use the same card id.
    const other = newId();
    await store.append(other, 0, [created(other, newCode())]);
    await store.append(other, 1, [posted('same')]);
    expect(cardIds(await store.load(id))).toEqual(['same']);
  });

  it('S8 two nodes starting at once both find the tables', async () => {
    const fresh = await createTestSchema(postgresUrl!);
    try {
      const both = await Promise.all([
        PostgresStore.connect(fresh.url),
        PostgresStore.connect(fresh.url),
      ]);
      for (const s of both) await s.close();
    } finally {
      await fresh.drop();
    }
  });
});

import pg from 'pg';
import type { StoredEvent, WorkshopEvent } from '../../shared/events.js';
import { CodeTakenError, SeqConflictError, type Store, type WorkshopSummary } from './Store.js';

/**
 * `data` is the event as JSON text, exactly as the SQLite store keeps it: nothing queries inside
 * it, and JSONB would refuse a card whose text holds a NUL character (`\u0000`).
 * `client_id` is the client-chosen id of what an event creates (today the card id of
 * `card.posted`), unique per workshop where present: the database itself refuses a second card
 * with the same id, whatever a node's in-memory state believed.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  workshop_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  client_id TEXT,
  PRIMARY KEY (workshop_id, seq)
);
CREATE UNIQUE INDEX IF NOT EXISTS events_client_id
  ON events (workshop_id, client_id) WHERE client_id IS NOT NULL;
`;

/** Any fixed number: two nodes starting together must not both create the tables. */
const SCHEMA_LOCK = 7_283_461;

/**
 * The next seqs are computed from the current last one inside the INSERT itself, and only if that
 * last one is still `expectedSeq`: 0 rows inserted means another writer moved on. Two writers
 * that both saw the same last seq insert the same `(workshop_id, seq)`; the primary key makes
 * the second wait for the first and then fail with a unique violation.
 *
 * The insert also takes the workshop's advisory lock (held to the end of its transaction). It is
 * not what keeps the log in order (the primary key is); it keeps a writer that holds the lock in
 * `appendExclusive` from being overtaken between its read and its insert.
 */
const INSERT_EVENTS = `
WITH lock AS MATERIALIZED (
  SELECT pg_advisory_xact_lock(hashtextextended($1, 0))
), last AS (
  SELECT coalesce(max(seq), 0) AS seq FROM events WHERE workshop_id = $1
)
INSERT INTO events (workshop_id, seq, type, data, client_id)
SELECT $1, last.seq + e.n, e.type, e.data, e.client_id
FROM lock, last,
  unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS e(type, data, client_id, n)
WHERE last.seq = $2
RETURNING seq
`;

const SELECT_EVENTS =
  'SELECT seq, data FROM events WHERE workshop_id = $1 AND seq > $2 ORDER BY seq';

const UNIQUE_VIOLATION = '23505';

/**
 * The store for several nodes: one PostgreSQL database shared by all of them. `append` commits
 * (synchronous_commit, the server's default) before it resolves, so an acknowledged event is as
 * durable as the database.
 */
export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and creates the tables if they are missing. */
  static async connect(connectionString: string, poolSize = 10): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: poolSize });
    // An idle client that loses its connection must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    return new PostgresStore(pool);
  }

  async append(
    workshopId: string,
    expectedSeq: number,
    events: WorkshopEvent[],
  ): Promise<StoredEvent[]> {
    if (events.length === 0) return [];
    const params = insertParams(workshopId, expectedSeq, events);
    const created = events.filter((e) => e.type === 'workshop.created');

    let inserted: number;
    try {
      if (created.length === 0) {
        // One statement is one transaction: no BEGIN/COMMIT round trips on the hot path.
        inserted = (await this.pool.query(INSERT_EVENTS, params)).rowCount ?? 0;
      } else {
        inserted = await this.transaction(async (client) => {
          for (const event of created) {
            await client.query('INSERT INTO workshops (id, code, created_at) VALUES ($1, $2, $3)', [
              workshopId,
              event.workshop.code,
              event.at,
            ]);
          }
          const count = (await client.query(INSERT_EVENTS, params)).rowCount ?? 0;
          // Nothing inserted: roll the workshop row back too.
          if (count !== events.length) throw new SeqConflictError(workshopId, expectedSeq);
          return count;
        });
      }
    } catch (error) {
      throw mapError(error, workshopId, expectedSeq, created);
    }
    if (inserted !== events.length) throw new SeqConflictError(workshopId, expectedSeq);
    return events.map((event, i) => ({ ...event, seq: expectedSeq + i + 1 }));
  }

  /**
   * The loser of a race would otherwise keep losing to a node with a queue of its own: that node
   * appends again the moment its commit returns, while the loser still has to read what it
   * missed. Holding the workshop's lock from the read to the commit, it cannot be overtaken.
   */
  async appendExclusive(
    workshopId: string,
    sinceSeq: number,
    decide: (missed: StoredEvent[]) => WorkshopEvent[],
  ): Promise<StoredEvent[]> {
    try {
      return await this.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [workshopId]);
        const missed = toStored((await client.query(SELECT_EVENTS, [workshopId, sinceSeq])).rows);
        const last = missed.at(-1)?.seq ?? sinceSeq;
        const events = decide(missed);
        if (events.length === 0) return [];
        if (events.some((e) => e.type === 'workshop.created')) {
          throw new Error('appendExclusive does not create workshops');
        }
        const inserted = await client.query(INSERT_EVENTS, insertParams(workshopId, last, events));
        if (inserted.rowCount !== events.length) throw new SeqConflictError(workshopId, last);
        return events.map((event, i) => ({ ...event, seq: last + i + 1 }));
      });
    } catch (error) {
      throw mapError(error, workshopId, sinceSeq, []);
    }
  }

  async load(workshopId: string, sinceSeq = 0): Promise<StoredEvent[]> {
    return toStored((await this.pool.query(SELECT_EVENTS, [workshopId, sinceSeq])).rows);
  }

  async findWorkshopIdByCode(code: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT id FROM workshops WHERE code = $1',
      [code],
    );
    return rows[0]?.id ?? null;
  }

  async listWorkshops(): Promise<WorkshopSummary[]> {
    const { rows } = await this.pool.query<{
      id: string;
      code: string;
      created_at: Date;
      first: string | null;
      seq: number | null;
      last: string | null;
    }>(
      `SELECT w.id, w.code, w.created_at,
         (SELECT data FROM events WHERE workshop_id = w.id AND seq = 1) AS first,
         (SELECT max(seq) FROM events WHERE workshop_id = w.id) AS seq,
         (SELECT data FROM events WHERE workshop_id = w.id ORDER BY seq DESC LIMIT 1) AS last
       FROM workshops w ORDER BY w.created_at DESC, w.id`,
    );
    return rows.map((row) => {
      const first = row.first ? (JSON.parse(row.first) as WorkshopEvent) : null;
      const last = row.last ? (JSON.parse(row.last) as WorkshopEvent) : null;
      const createdAt = row.created_at.toISOString();
      return {
        id: row.id,
        code: row.code,
        title: first?.type === 'workshop.created' ? first.workshop.title : '',
        createdAt,
        seq: row.seq ?? 0,
        lastEventAt: last?.at ?? createdAt,
      };
    });
  }

  async deleteWorkshop(workshopId: string): Promise<boolean> {
    return this.transaction(async (client) => {
      const events = await client.query('DELETE FROM events WHERE workshop_id = $1', [workshopId]);
      const workshops = await client.query('DELETE FROM workshops WHERE id = $1', [workshopId]);
      return (events.rowCount ?? 0) + (workshops.rowCount ?? 0) > 0;
    });
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

function insertParams(workshopId: string, expectedSeq: number, events: WorkshopEvent[]) {
  return [
    workshopId,
    expectedSeq,
    events.map((event) => event.type),
    events.map((event) => JSON.stringify(event)),
    events.map(clientIdOf),
  ];
}

function toStored(rows: { seq: number; data: string }[]): StoredEvent[] {
  return rows.map((row) => ({ ...(JSON.parse(row.data) as WorkshopEvent), seq: row.seq }));
}

/** The client-chosen id an event claims, unique per workshop in the `events` table. */
function clientIdOf(event: WorkshopEvent): string | null {
  return event.type === 'card.posted' ? event.card.id : null;
}

function mapError(
  error: unknown,
  workshopId: string,
  expectedSeq: number,
  created: Extract<WorkshopEvent, { type: 'workshop.created' }>[],
): unknown {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== UNIQUE_VIOLATION) return error;
  if (constraint === 'workshops_code_key' && created[0]) {
    return new CodeTakenError(created[0].workshop.code);
  }
  // events_pkey: a concurrent writer took the same seq. events_client_id: the log already holds
  // this card id, which the in-memory state did not know about; either way the caller must
  // catch up and decide again (where the card's id is then seen and handled).
  return new SeqConflictError(workshopId, expectedSeq);
}

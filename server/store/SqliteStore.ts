import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredEvent, WorkshopEvent } from '../../shared/events.js';
import { CodeTakenError, SeqConflictError, type Store, type WorkshopSummary } from './Store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  workshop_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (workshop_id, seq)
) WITHOUT ROWID;
`;

/**
 * The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous, so a
 * transaction has committed to the WAL when `append` returns; with synchronous=NORMAL that
 * survives a killed process (SIGKILL), and SQLITE_SYNCHRONOUS=FULL adds an fsync per commit
 * for power loss.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly lastSeq: Database.Statement<[string], { seq: number | null }>;
  private readonly insertEvent: Database.Statement<[string, number, string, string]>;
  private readonly insertWorkshop: Database.Statement<[string, string, string]>;
  private readonly selectEvents: Database.Statement<
    [string, number],
    { seq: number; data: string }
  >;
  private readonly selectByCode: Database.Statement<[string], { id: string }>;
  private readonly appendTx: (
    workshopId: string,
    expectedSeq: number,
    events: WorkshopEvent[],
  ) => StoredEvent[];

  constructor(file: string, synchronous: 'NORMAL' | 'FULL' = 'NORMAL') {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${synchronous}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.lastSeq = this.db.prepare('SELECT max(seq) AS seq FROM events WHERE workshop_id = ?');
    this.insertEvent = this.db.prepare(
      'INSERT INTO events (workshop_id, seq, type, data) VALUES (?, ?, ?, ?)',
    );
    this.insertWorkshop = this.db.prepare(
      'INSERT INTO workshops (id, code, created_at) VALUES (?, ?, ?)',
    );
    this.selectEvents = this.db.prepare(
      'SELECT seq, data FROM events WHERE workshop_id = ? AND seq > ? ORDER BY seq',
    );
    this.selectByCode = this.db.prepare('SELECT id FROM workshops WHERE code = ?');
    this.appendTx = this.db.transaction((workshopId, expectedSeq, events) => {
      const last = this.lastSeq.get(workshopId)?.seq ?? 0;
      if (last !== expectedSeq) throw new SeqConflictError(workshopId, expectedSeq);
      return events.map((event: WorkshopEvent, i: number) => {
        if (event.type === 'workshop.created') {
          try {
            this.insertWorkshop.run(workshopId, event.workshop.code, event.at);
          } catch (error) {
            if (isUniqueViolation(error)) throw new CodeTakenError(event.workshop.code);
            throw error;
          }
        }
        const seq = expectedSeq + i + 1;
        this.insertEvent.run(workshopId, seq, event.type, JSON.stringify(event));
        return { ...event, seq };
      });
    });
  }

  /** Opens (and creates) the store file inside a data directory. */
  static inDirectory(dataDir: string, synchronous?: 'NORMAL' | 'FULL'): SqliteStore {
    mkdirSync(dataDir, { recursive: true });
    return new SqliteStore(join(dataDir, 'otterboard.sqlite'), synchronous);
  }

  async append(
    workshopId: string,
    expectedSeq: number,
    events: WorkshopEvent[],
  ): Promise<StoredEvent[]> {
    return this.appendTx(workshopId, expectedSeq, events);
  }

  async load(workshopId: string, sinceSeq = 0): Promise<StoredEvent[]> {
    return this.selectEvents
      .all(workshopId, sinceSeq)
      .map((row) => ({ ...(JSON.parse(row.data) as WorkshopEvent), seq: row.seq }));
  }

  async findWorkshopIdByCode(code: string): Promise<string | null> {
    return this.selectByCode.get(code)?.id ?? null;
  }

  async listWorkshops(): Promise<WorkshopSummary[]> {
    const rows = this.db
      .prepare<
        [],
        {
          id: string;
          code: string;
          created_at: string;
          first: string | null;
          seq: number | null;
          last: string | null;
        }
      >(
        `SELECT w.id, w.code, w.created_at,
           (SELECT data FROM events WHERE workshop_id = w.id AND seq = 1) AS first,
           (SELECT max(seq) FROM events WHERE workshop_id = w.id) AS seq,
           (SELECT data FROM events WHERE workshop_id = w.id ORDER BY seq DESC LIMIT 1) AS last
         FROM workshops w ORDER BY w.created_at DESC, w.id`,
      )
      .all();
    return rows.map((row) => {
      const first = row.first ? (JSON.parse(row.first) as WorkshopEvent) : null;
      const last = row.last ? (JSON.parse(row.last) as WorkshopEvent) : null;
      return {
        id: row.id,
        code: row.code,
        title: first?.type === 'workshop.created' ? first.workshop.title : '',
        createdAt: row.created_at,
        seq: row.seq ?? 0,
        lastEventAt: last?.at ?? row.created_at,
      };
    });
  }

  async deleteWorkshop(workshopId: string): Promise<boolean> {
    const remove = this.db.transaction((id: string) => {
      const events = this.db.prepare('DELETE FROM events WHERE workshop_id = ?').run(id).changes;
      const workshops = this.db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes;
      return events + workshops > 0;
    });
    return remove(workshopId);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

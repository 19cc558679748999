import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createClient } from 'redis';

/**
 * The PostgreSQL and Redis the multi-node tests run against: `DATABASE_URL` / `REDIS_URL` when
 * set, else the standard local ports. `null` when they cannot be reached, so tests can skip.
 */
const POSTGRES_CANDIDATES = process.env.DATABASE_URL
  ? [process.env.DATABASE_URL]
  : [
      'postgres://postgres@127.0.0.1:5432/postgres',
      'postgres://root@127.0.0.1:5432/test',
      'postgres://root@127.0.0.1:5432/postgres',
    ];

export async function findPostgres(): Promise<string | null> {
  for (const url of POSTGRES_CANDIDATES) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return url;
    } catch {
      // the next candidate
    } finally {
      await client.end().catch(() => {});
    }
  }
  return null;
}

export async function findRedis(): Promise<string | null> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const client = createClient({
    url,
    socket: { connectTimeout: 2000, reconnectStrategy: false },
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    return null;
  } finally {
    if (client.isOpen) await client.close().catch(() => {});
  }
}

export interface TestSchema {
  /** A connection string whose `search_path` is this run's own schema. */
  url: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named schema, so concurrent runs on one database never see each other. */
export async function createTestSchema(baseUrl: string): Promise<TestSchema> {
  const name = `otterboard_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA ${name}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.toString(),
    drop: () => admin(`DROP SCHEMA IF EXISTS ${name} CASCADE`),
  };
}

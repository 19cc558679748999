import { SqliteStore } from './SqliteStore.js';
import type { Store } from './Store.js';

export interface StoreConfig {
  /** PostgreSQL connection string; when set, the store is shared by every node using it. */
  databaseUrl?: string;
  /** Directory of the embedded SQLite file, used when there is no `databaseUrl`. */
  dataDir: string;
  sqliteSynchronous?: 'NORMAL' | 'FULL';
}

/** PostgreSQL when `DATABASE_URL` is set (several nodes), else SQLite under `DATA_DIR`. */
export async function createStore(config: StoreConfig): Promise<Store> {
  if (config.databaseUrl) {
    // Loaded only when used, so a single node does not carry the PostgreSQL client.
    const { PostgresStore } = await import('./PostgresStore.js');
    return PostgresStore.connect(config.databaseUrl);
  }
  return SqliteStore.inDirectory(config.dataDir, config.sqliteSynchronous);
}

/** Where the data lives, for the startup message, without a password. */
export function describeStore(config: StoreConfig): string {
  if (!config.databaseUrl) return config.dataDir;
  try {
    const url = new URL(config.databaseUrl);
    url.password = '';
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

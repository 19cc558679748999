import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { createApp } from './app.js';
import { createStore, describeStore } from './store/createStore.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const synchronous = process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL';

// Several nodes: PostgreSQL as the shared store and Redis carrying broadcasts between nodes.
const storeConfig = {
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir,
  sqliteSynchronous: synchronous,
} as const;
const store = await createStore(storeConfig);
const cluster = process.env.REDIS_URL
  ? await (await import('./redisAdapter.js')).connectRedisAdapter(process.env.REDIS_URL)
  : undefined;
const app = createApp({
  store,
  cluster,
  clientDir: join(root, 'dist', 'client'),
  publicUrl: process.env.PUBLIC_URL,
  adminToken: process.env.ADMIN_TOKEN || undefined,
  retentionDays:
    Number(process.env.RETENTION_DAYS) > 0 ? Number(process.env.RETENTION_DAYS) : undefined,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
  trustProxy: process.env.TRUST_PROXY === '1' || process.env.TRUST_PROXY === 'true',
});

app.httpServer.listen(port, async () => {
  const address = app.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = process.env.PUBLIC_URL ?? `http://${lanAddress() ?? 'localhost'}:${actualPort}`;
  // Machine-readable first line, for scripts that start the server on port 0.
  console.log(`listening on port ${actualPort}`);
  console.log(`Otterboard is running. Data in ${describeStore(storeConfig)}`);
  console.log(
    `Open ${url} on this laptop to create a session; phones on the same network join there too.`,
  );
  console.log(await QRCode.toString(url, { type: 'terminal', small: true }));
});

/** The address phones on the same Wi-Fi can reach, if this machine has one. */
function lanAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

let closing = false;
/** Finishes what is in flight (every acknowledged card is durable), then exits; a second signal exits at once. */
function shutdown(signal: string) {
  if (closing) process.exit(1);
  closing = true;
  console.log(`${signal}: finishing commands in flight, then closing`);
  app.shutdown().then(
    () => {
      console.log('closed cleanly');
      process.exit(0);
    },
    (error: unknown) => {
      console.error('shutdown failed', error);
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

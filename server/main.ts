import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { createApp } from './app.js';
import { SqliteStore } from './store/SqliteStore.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? './data');
const synchronous = process.env.SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL';

const store = SqliteStore.inDirectory(dataDir, synchronous);
const app = createApp({
  store,
  clientDir: join(root, 'dist', 'client'),
  publicUrl: process.env.PUBLIC_URL,
});

app.httpServer.listen(port, async () => {
  const address = app.httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = process.env.PUBLIC_URL ?? `http://${lanAddress() ?? 'localhost'}:${actualPort}`;
  // Machine-readable first line, for scripts that start the server on port 0.
  console.log(`listening on port ${actualPort}`);
  console.log(`Otterboard is running. Data in ${dataDir}`);
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
function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: closing`);
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

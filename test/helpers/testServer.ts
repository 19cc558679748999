import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppDeps } from '../../server/app.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import type { Store } from '../../server/store/Store.js';

export interface TestServer {
  url: string;
  app: App;
  store: Store;
  dataDir: string;
  close(): Promise<void>;
}

/** The real server on port 0 with a fresh SQLite store in a temporary directory. */
export async function startServer(
  options: { clientDir?: string; deps?: Partial<AppDeps> } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'otterboard-test-'));
  const store = SqliteStore.inDirectory(dataDir);
  const app = createApp({
    store,
    clientDir: options.clientDir,
    logError: () => {},
    ...options.deps,
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    dataDir,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CreatedWorkshop {
  id: string;
  code: string;
  facilitatorToken: string;
  groups: { id: string; name: string; color: string }[];
}

export async function createWorkshop(
  url: string,
  body: object = { title: 'Partnerships' },
): Promise<CreatedWorkshop> {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedWorkshop;
}

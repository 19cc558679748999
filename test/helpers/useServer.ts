import { afterEach, beforeEach } from 'vitest';
import type { HandshakeAuth } from '../../shared/schemas.js';
import { connectClient, type TestClient } from './clients.js';
import { startServer, type TestServer } from './testServer.js';

/**
 * A fresh real server for every test of the file, and a `connect` whose clients are closed
 * after each test. Call at the top level of a test file.
 */
export function useServer() {
  let current: TestServer | undefined;
  const clients: TestClient[] = [];
  beforeEach(async () => {
    current = await startServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await current?.close();
  });
  const server = (): TestServer => {
    if (!current) throw new Error('useServer: no server outside a test');
    return current;
  };
  async function connect(auth: HandshakeAuth): Promise<TestClient> {
    const client = await connectClient(server().url, auth);
    clients.push(client);
    return client;
  }
  return {
    get server(): TestServer {
      return server();
    },
    connect,
    /** A participant named `name` in the workshop's group number `group`. */
    joinGroup(w: { code: string; groups: { id: string }[] }, name: string, group: number) {
      return connect({ role: 'participant', code: w.code, name, groupId: w.groups[group]!.id });
    },
  };
}

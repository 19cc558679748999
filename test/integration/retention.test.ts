import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteExpired } from '../../server/retention.js';
import { connectClient, connectError } from '../helpers/clients.js';
import { createWorkshop, startServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

describe('retention', () => {
  it('R1 sessions with no change for the retention period are deleted with their data; others stay', async () => {
    const old = await createWorkshop(server.url, { title: 'Last year', groupCount: 1 });
    const phone = await connectClient(server.url, {
      role: 'participant',
      code: old.code,
      name: 'Ana',
    });
    await phone.socket.emitWithAck('card:post', { id: 'c1', text: 'kept until it expires' });
    const { service, io } = server.app;
    const deps = { store: server.store, service, io, days: 30 };

    // Nothing is old yet.
    expect(await deleteExpired(deps)).toEqual([]);
    // 31 days later: the session goes, its screens are disconnected, its code is free.
    const gone = new Promise((resolve) => phone.socket.once('disconnect', resolve));
    const later = () => new Date(Date.now() + 31 * 86_400_000);
    const fresh = await createWorkshop(server.url, { title: 'Tomorrow', groupCount: 1 });
    expect(await deleteExpired({ ...deps, now: later })).toEqual(
      expect.arrayContaining([old.id, fresh.id]),
    );
    await gone;
    const refused = await connectError(server.url, { role: 'board', code: old.code });
    expect(refused.data?.code).toBe('NOT_FOUND');
    expect(await service.eventsSince(old.id, 0)).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/protocol.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import type { Store } from '../../server/store/Store.js';
import { connectClient, connectError } from '../helpers/clients.js';
import { send } from '../helpers/room.js';
import { startServerProcess } from '../helpers/serverProcess.js';
import { createWorkshop, startServer } from '../helpers/testServer.js';

const dataDir = mkdtempSync(join(tmpdir(), 'otterboard-term-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('graceful shutdown', () => {
  it('L2 SIGTERM during posting: in-flight commands finish, screens are told, the process exits 0, nothing acknowledged is lost', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    const workshop = await createWorkshop(first.url, { title: 'Closing time', groupCount: 2 });
    const phones = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        connectClient(first.url, { role: 'participant', code: workshop.code, name: `phone ${i}` }),
      ),
    );
    const notices: Notice[] = [];
    let firstNotice: () => void = () => {};
    const noticed = new Promise<void>((resolve) => (firstNotice = resolve));
    for (const phone of phones) {
      phone.socket.on('workshop:notice', (notice) => {
        notices.push(notice);
        firstNotice();
      });
    }

    const acknowledged = new Set<string>();
    const refusals: string[] = [];
    let reachedTarget: () => void = () => {};
    const target = new Promise<void>((resolve) => (reachedTarget = resolve));
    const posting = phones.map(async (phone, p) => {
      for (let n = 0; ; n++) {
        const id = `t${p}-${n}`;
        let ack;
        try {
          ack = await phone.socket
            .timeout(5000)
            .emitWithAck('card:post', { id, text: `card ${id}` });
        } catch {
          return; // the socket closed
        }
        if (ack.ok) {
          acknowledged.add(id);
          if (acknowledged.size >= 100) reachedTarget();
        } else {
          refusals.push(`${ack.code}: ${ack.message}`);
        }
      }
    });

    await target;
    first.child.kill('SIGTERM');
    await noticed;
    // The listener is closed by now: nobody new gets in.
    const late = await connectError(first.url, { role: 'board', code: workshop.code });
    expect(late).toBeInstanceOf(Error);
    const code = await first.exited;
    await Promise.all(posting);
    for (const phone of phones) phone.close();

    expect(code).toBe(0);
    expect(notices).toHaveLength(phones.length);
    expect(new Set(notices.map((n) => n.code))).toEqual(new Set(['SHUTTING_DOWN']));
    // Whatever came after the shutdown began was refused with a "try again", never dropped silently.
    for (const refusal of refusals) expect(refusal).toMatch(/^INTERNAL: the server is restarting/);

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const board = await connectClient(second.url, { role: 'board', code: workshop.code });
      const ids = board.state!.cards.map((c) => c.id);
      const lost = [...acknowledged].filter((id) => !ids.includes(id));
      console.log(
        `SIGTERM: ${acknowledged.size} cards acknowledged, ${refusals.length} refused while closing, ` +
          `lost ${lost.length}, duplicated ${ids.length - new Set(ids).size}, exit code ${code}`,
      );
      expect(lost).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      board.close();
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 60_000);

  it('L2 a command in flight when the shutdown begins is finished and acknowledged; later ones are told to retry', async () => {
    // A store whose appends wait while `held` is set: a command stays "in flight" on purpose.
    const holdDir = mkdtempSync(join(tmpdir(), 'otterboard-hold-'));
    const store = SqliteStore.inDirectory(holdDir);
    let release: () => void = () => {};
    let held: Promise<void> | null = null;
    let appending: () => void = () => {};
    const appendStarted = new Promise<void>((resolve) => (appending = resolve));
    const holding: Store = Object.assign(Object.create(store) as Store, {
      append: async (...args: Parameters<Store['append']>) => {
        if (held) {
          appending();
          await held;
        }
        return store.append(...args);
      },
    });
    const server = await startServer({ deps: { store: holding } });
    const workshop = await createWorkshop(server.url);
    const phone = await connectClient(server.url, {
      role: 'participant',
      code: workshop.code,
      name: 'Ana',
    });
    const notice = new Promise<Notice>((resolve) => phone.socket.once('workshop:notice', resolve));

    held = new Promise<void>((resolve) => (release = resolve));
    const inFlight = send(phone.socket, 'card:post', {
      id: 'in-flight',
      text: 'sent before SIGTERM',
    });
    await appendStarted;
    const closing = server.app.shutdown();

    const late = await send(phone.socket, 'card:post', {
      id: 'too-late',
      text: 'sent after SIGTERM',
    });
    expect(late).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect((late as { message: string }).message).toMatch(/restarting/);

    release();
    expect(await inFlight).toMatchObject({ ok: true, data: { card: { id: 'in-flight' } } });
    expect(await notice).toMatchObject({ code: 'SHUTTING_DOWN' });
    await closing;
    phone.close();

    const reopened = SqliteStore.inDirectory(holdDir);
    const ids = (await reopened.load(workshop.id)).flatMap((e) =>
      e.type === 'card.posted' ? [e.card.id] : [],
    );
    expect(ids).toEqual(['in-flight']);
    await reopened.close();
    rmSync(holdDir, { recursive: true, force: true });
    rmSync(server.dataDir, { recursive: true, force: true });
  });
});

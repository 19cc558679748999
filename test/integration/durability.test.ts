import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { connectClient, type TestSocket } from '../helpers/clients.js';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess.js';
import { createWorkshop } from '../helpers/testServer.js';

const dataDir = mkdtempSync(join(tmpdir(), 'otterboard-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('durability', () => {
  it('L2 a server killed with SIGKILL mid-stream keeps every acknowledged card, once', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    const workshop = await createWorkshop(first.url, { title: 'Kill me', groupCount: 3 });
    const phones = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        connectClient(first.url, { role: 'participant', code: workshop.code, name: `phone ${i}` }),
      ),
    );

    // Every phone posts as fast as acks come back; the server dies while they do.
    const acknowledged = new Set<string>();
    let stop = false;
    const posting = phones.map(async (phone, p) => {
      for (let n = 0; !stop; n++) {
        const id = `p${p}-n${n}`;
        try {
          const ack = await phone.socket
            .timeout(2000)
            .emitWithAck('card:post', { id, text: `card ${id}` });
          if (ack.ok) acknowledged.add(id);
        } catch {
          return; // no ack: the server is gone
        }
      }
    });
    while (acknowledged.size < 60) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    await first.exited;
    stop = true;
    await Promise.all(posting);
    for (const phone of phones) phone.close();

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const board = await connectClient(second.url, { role: 'board', code: workshop.code });
      const ids = board.state!.cards.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      const missing = [...acknowledged].filter((id) => !ids.includes(id));
      expect(missing).toEqual([]);
      expect(board.state!.participants).toHaveLength(6);
      board.close();
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('L2 C4 SIGKILLed four times during bursts, restarted on the same data: every acknowledged card once', async () => {
    const PHONES = 40;
    const CARDS_PER_PHONE = 25;
    const KILL_AT = [150, 350, 550, 750]; // acknowledged cards at which the server dies
    const killDir = mkdtempSync(join(tmpdir(), 'otterboard-kills-'));
    const port = await freePort();
    const start = () => startServerProcess({ DATA_DIR: killDir, PORT: String(port) });
    const url = `http://127.0.0.1:${port}`;

    let server: ServerProcess = await start();
    const workshop = await createWorkshop(url, { title: 'Kill me often', groupCount: 7 });

    const acknowledged = new Set<string>();
    let sends = 0;
    let refusals = 0;
    const thresholds: { count: number; resolve: () => void }[] = [];
    const acked = (id: string) => {
      acknowledged.add(id);
      for (const t of thresholds.splice(0)) {
        if (acknowledged.size >= t.count) t.resolve();
        else thresholds.push(t);
      }
    };
    const ackedReaches = (count: number) =>
      new Promise<void>((resolve) => {
        if (acknowledged.size >= count) resolve();
        else thresholds.push({ count, resolve });
      });

    // Phones as the app's client behaves: they reconnect on their own, come back as the same
    // participant, and send a card again with the same id until it is acknowledged.
    const phones = Array.from({ length: PHONES }, (_, p) => {
      let token: string | undefined;
      const socket: TestSocket = io(url, {
        auth: (cb) =>
          cb({
            role: 'participant',
            code: workshop.code,
            name: `phone ${p}`,
            participantToken: token,
          }),
        transports: ['websocket'],
        reconnectionDelay: 50,
        reconnectionDelayMax: 250,
        randomizationFactor: 0,
        forceNew: true,
      });
      socket.on(
        'workshop:snapshot',
        (snapshot) => (token = snapshot.me?.participantToken ?? token),
      );
      return socket;
    });
    const connected = (socket: TestSocket) =>
      socket.connected
        ? Promise.resolve()
        : new Promise<void>((r) => socket.once('connect', () => r()));

    const posting = phones.map(async (socket, p) => {
      for (let n = 0; n < CARDS_PER_PHONE; n++) {
        const id = `k${p}-${n}`;
        for (;;) {
          await connected(socket);
          sends++;
          let ack;
          try {
            ack = await socket
              .timeout(2000)
              .emitWithAck('card:post', { id, text: `phone ${p} finding ${n}` });
          } catch {
            continue; // no answer (the server died): the same id goes again after reconnecting
          }
          if (ack.ok) {
            acked(id);
            break;
          }
          refusals++;
          // Only "try again" refusals are expected here; anything else would loop forever.
          if (ack.code !== 'INTERNAL' && ack.code !== 'RATE_LIMITED') {
            throw new Error(`${id} refused: ${ack.code} ${ack.message}`);
          }
        }
      }
    });

    let kills = 0;
    try {
      const finished = Promise.all(posting);
      for (const count of KILL_AT) {
        // A phone that fails for good fails the test now, not at the timeout.
        await Promise.race([ackedReaches(count), finished]);
        server.child.kill('SIGKILL');
        await server.exited;
        kills++;
        server = await start();
      }
      await finished;

      const board = await connectClient(url, { role: 'board', code: workshop.code });
      const ids = board.state!.cards.map((c) => c.id);
      const lost = [...acknowledged].filter((id) => !ids.includes(id));
      const duplicated = ids.length - new Set(ids).size;
      console.log(
        `SIGKILL: ${kills} kills during bursts, ${PHONES} phones, ${sends} sends (${sends - acknowledged.size} resent), ` +
          `${refusals} refusals to retry; cards acknowledged ${acknowledged.size}/${PHONES * CARDS_PER_PHONE}, ` +
          `lost ${lost.length}, duplicated ${duplicated}`,
      );
      expect(kills).toBe(KILL_AT.length);
      expect(lost).toEqual([]);
      expect(duplicated).toBe(0);
      expect(acknowledged.size).toBe(PHONES * CARDS_PER_PHONE);
      expect(ids.filter((id) => id.startsWith('k'))).toHaveLength(PHONES * CARDS_PER_PHONE);
      // Reconnecting phones came back as themselves: no one joined twice for every restart.
      expect(board.state!.participants.length).toBeLessThan(PHONES * 2);
      board.close();
    } finally {
      for (const socket of phones) socket.close();
      server.child.kill('SIGKILL');
      await server.exited;
      rmSync(killDir, { recursive: true, force: true });
    }
  }, 180_000);
});

/** A port that was free a moment ago, so that restarts can listen on the same one. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

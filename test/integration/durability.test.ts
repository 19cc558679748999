import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectClient } from '../helpers/clients.js';
import { startServerProcess } from '../helpers/serverProcess.js';
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
});

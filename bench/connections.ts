/**
 * Connection benchmarks:
 * - idle: N phones connected and quiet, spread over the sessions of a conference (20 by
 *   default); server memory against a bare Socket.IO relay with the same rooms.
 * - storm: M phones connected, the server killed (SIGKILL) and started again on the same data;
 *   how long until every phone is back as the same participant, and whether anything was lost.
 *
 *   npm run bench:connections -- [--idle 5000] [--storm 1000] [--smoke]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';
import { startServerProcess } from '../test/helpers/serverProcess.js';
import { startListeners } from './listeners.js';
import { processUsage } from './stats.js';

const { values: args } = parseArgs({
  options: {
    idle: { type: 'string', default: '5000' },
    sessions: { type: 'string', default: '20' },
    storm: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '2' },
    smoke: { type: 'boolean', default: false },
  },
});
const idlePhones = args.smoke ? 100 : Number(args.idle);
const stormPhones = args.smoke ? 50 : Number(args.storm);
const workers = args.smoke ? 1 : Number(args.workers);
const sessions = args.smoke ? 2 : Number(args.sessions);

async function createSession(url: string, groupCount: number) {
  const res = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench', groupCount }),
  });
  return (await res.json()) as { id: string; code: string; facilitatorToken: string };
}

async function idle(target: 'relay' | 'app') {
  const dataDir = mkdtempSync(join(tmpdir(), 'otterboard-idle-'));
  const server = await startServerProcess(
    { DATA_DIR: dataDir },
    target === 'app' ? 'server/main.ts' : 'bench/relayServer.ts',
  );
  try {
    // A conference: the phones spread over its sessions, six to a table.
    const codes: string[] = [];
    for (let i = 0; i < sessions; i++) {
      const tables = Math.ceil(idlePhones / sessions / 6);
      codes.push(target === 'app' ? (await createSession(server.url, tables)).code : `room-${i}`);
    }
    const before = processUsage(server.child.pid!).rssMb;
    const started = performance.now();
    const phones = await startListeners({
      url: server.url,
      code: codes,
      count: idlePhones,
      workers,
    });
    const seconds = (performance.now() - started) / 1000;
    const { connected } = await phones.report();
    const rssMb = processUsage(server.child.pid!).rssMb;
    await phones.close();
    return { target, connected, seconds, before, rssMb };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function storm() {
  const dataDir = mkdtempSync(join(tmpdir(), 'otterboard-storm-'));
  const port = String(await freePort());
  let server = await startServerProcess({ DATA_DIR: dataDir, PORT: port });
  const session = await createSession(server.url, Math.ceil(stormPhones / 6));
  const phones = await startListeners({
    url: server.url,
    code: session.code,
    count: stormPhones,
    workers,
    reconnect: true,
  });
  // A few cards, so there is something to lose.
  const poster = io(server.url, {
    auth: { role: 'facilitator', workshopId: session.id, token: session.facilitatorToken },
    transports: ['websocket'],
  });
  await new Promise((resolve) => poster.once('workshop:snapshot', resolve));
  const ids = Array.from({ length: 20 }, (_, i) => `storm-${i}`);
  for (const id of ids)
    await poster.timeout(5000).emitWithAck('card:post', { id, text: `card ${id}` });
  poster.close();

  server.child.kill('SIGKILL');
  await server.exited;
  server = await startServerProcess({ DATA_DIR: dataDir, PORT: port });
  const restarted = performance.now();
  let report = await phones.report();
  while (report.snapshots.some((n) => n < 2) && performance.now() - restarted < 60_000) {
    await new Promise((r) => setTimeout(r, 100));
    report = await phones.report();
  }
  const seconds = (performance.now() - restarted) / 1000;
  const back = report.snapshots.filter((n) => n >= 2).length;
  const board = io(server.url, {
    auth: { role: 'board', code: session.code },
    transports: ['websocket'],
  });
  const snapshot = await new Promise<{ cards: { id: string }[]; participants: unknown[] }>(
    (resolve) => board.once('workshop:snapshot', resolve),
  );
  board.close();
  await phones.close();
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
  const lost = ids.filter((id) => !snapshot.cards.some((c) => c.id === id)).length;
  return { back, seconds, lost, participants: snapshot.participants.length };
}

const relay = await idle('relay');
const app = await idle('app');
console.log(`| ${idlePhones} idle phones in ${sessions} sessions | relay | app | app/relay |`);
console.log('| --- | ---: | ---: | ---: |');
console.log(`| connected | ${relay.connected} | ${app.connected} | |`);
console.log(
  `| seconds to connect all | ${relay.seconds.toFixed(1)} | ${app.seconds.toFixed(1)} | ${(app.seconds / relay.seconds).toFixed(1)}× |`,
);
console.log(`| server RSS before (MB) | ${relay.before.toFixed(0)} | ${app.before.toFixed(0)} | |`);
console.log(
  `| server RSS connected (MB) | ${relay.rssMb.toFixed(0)} | ${app.rssMb.toFixed(0)} | ${(app.rssMb / relay.rssMb).toFixed(1)}× |`,
);
const s = await storm();
console.log(
  `\nReconnect storm: ${stormPhones} phones, server SIGKILLed and restarted on the same data`,
);
console.log(
  `| phones back | seconds until all back | cards lost | participants after (same people) |`,
);
console.log('| ---: | ---: | ---: | ---: |');
console.log(
  `| ${s.back} / ${stormPhones} | ${s.seconds.toFixed(1)} | ${s.lost} | ${s.participants} |`,
);
if (
  app.connected < idlePhones ||
  s.back < stormPhones ||
  s.lost > 0 ||
  s.participants !== stormPhones
)
  process.exitCode = 1;

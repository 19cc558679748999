/**
 * Fan-out benchmark: N phones in groups of 6, a board and a facilitator; cards posted at R per
 * second by some of the phones, while the others listen from worker threads (so the harness
 * keeps up with N × R deliveries). Measures post→ack and post→board latency, server RSS and CPU, against Otterboard and,
 * in the same run, against a bare Socket.IO relay with the same rooms and no storage.
 *
 *   npm run bench:fanout -- [--phones 1000] [--rate 50] [--seconds 20] [--cards N] [--rounds 3] [--smoke]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { startServerProcess, type ServerProcess } from '../test/helpers/serverProcess.js';
import { startListeners } from './listeners.js';
import { processUsage, summarize, type Summary } from './stats.js';

const { values: args } = parseArgs({
  options: {
    phones: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    cards: { type: 'string' },
    'group-size': { type: 'string', default: '6' },
    posters: { type: 'string', default: '50' },
    workers: { type: 'string', default: '2' },
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    rounds: { type: 'string', default: '1' },
  },
});
const smoke = args.smoke;
const phones = smoke ? 24 : Number(args.phones);
const rate = smoke ? 40 : Number(args.rate);
const totalCards = smoke ? 40 : Number(args.cards ?? Number(args.seconds) * rate);
const groupSize = Number(args['group-size']);
const groupCount = Math.max(1, Math.ceil(phones / groupSize));
// Posting phones live in this thread and measure; the others listen in worker threads.
const posters = Math.min(phones, smoke ? 8 : Number(args.posters));
const workerCount = smoke ? 1 : Number(args.workers);

interface Result {
  target: string;
  /** Phones that did not hear every acknowledged card. */
  missed: number;
  ack: Summary;
  board: Summary;
  delivered: number;
  refused: number;
  rssMb: number;
  cpuPercent: number;
  cardsPerSecond: number;
}

const connect = (url: string, auth: object): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const socket = io(url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.once('workshop:snapshot', () => resolve(socket));
    socket.once('connect_error', reject);
  });

async function inBatches<T>(
  count: number,
  size: number,
  make: (i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(size, count - i) }, (_, j) => make(i + j)),
      )),
    );
  }
  return out;
}

async function run(target: 'app' | 'relay'): Promise<Result> {
  const dataDir = mkdtempSync(join(tmpdir(), 'otterboard-bench-'));
  const server: ServerProcess = await startServerProcess(
    { DATA_DIR: dataDir },
    target === 'app' ? 'server/main.ts' : 'bench/relayServer.ts',
  );
  try {
    let code = 'room';
    let facilitatorAuth: object = { role: 'facilitator', code };
    if (target === 'app') {
      const res = await fetch(`${server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Bench', groupCount }),
      });
      const created = (await res.json()) as { id: string; code: string; facilitatorToken: string };
      code = created.code;
      facilitatorAuth = {
        role: 'facilitator',
        workshopId: created.id,
        token: created.facilitatorToken,
      };
    }
    const board = await connect(server.url, { role: 'board', code });
    const facilitator = await connect(server.url, facilitatorAuth);
    const clients = await inBatches(posters, 25, (i) =>
      connect(server.url, { role: 'participant', code, name: `poster ${i}` }),
    );
    const listeners = await startListeners({
      url: server.url,
      code,
      count: phones - posters,
      workers: workerCount,
    });

    const sentAt = new Map<string, number>();
    const boardLatency: number[] = [];
    const ackLatency: number[] = [];
    let refused = 0;
    let lastDelivery = 0;
    board.on('workshop:event', (event: { type: string; card?: { id: string } }) => {
      const started = event.card && sentAt.get(event.card.id);
      if (event.type !== 'card.posted' || started === undefined) return;
      boardLatency.push(performance.now() - started);
      lastDelivery = performance.now();
    });

    const before = processUsage(server.child.pid!);
    const started = performance.now();
    const acks: Promise<void>[] = [];
    for (let n = 0; n < totalCards; n++) {
      // Open-loop schedule: card n leaves at n / rate seconds, whatever the server does.
      const due = started + (n * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const phone = clients[(n * 7919) % clients.length]!;
      const id = `card-${n}`;
      const t0 = performance.now();
      sentAt.set(id, t0);
      acks.push(
        phone
          .timeout(30_000)
          .emitWithAck('card:post', {
            id,
            text: `Finding number ${n}: partnerships extend capacity.`,
          })
          .then(
            (ack: { ok: boolean }) => {
              if (ack.ok) ackLatency.push(performance.now() - t0);
              else refused++;
            },
            () => void refused++,
          ),
      );
    }
    await Promise.all(acks);
    const deadline = performance.now() + 10_000;
    while (boardLatency.length < totalCards - refused && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const elapsed = (Math.max(lastDelivery, performance.now() - 1) - started) / 1000;
    const after = processUsage(server.child.pid!);
    // The listeners' threads may still be reading the last cards: give them until the deadline.
    let heard = (await listeners.report()).received;
    while (heard.some((n) => n < totalCards - refused) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      heard = (await listeners.report()).received;
    }
    const missed = heard.filter((n) => n < totalCards - refused).length;
    await listeners.close();
    for (const socket of [board, facilitator, ...clients]) socket.close();
    return {
      missed,
      target,
      ack: summarize(ackLatency),
      board: summarize(boardLatency),
      delivered: boardLatency.length,
      refused,
      rssMb: after.rssMb,
      cpuPercent: ((after.cpuSeconds - before.cpuSeconds) / elapsed) * 100,
      cardsPerSecond: boardLatency.length / elapsed,
    };
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function medianResult(runs: Result[]): Result {
  const mid = <T>(get: (r: Result) => T & number) => {
    const sorted = runs.map(get).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  };
  const summary = (get: (r: Result) => Summary): Summary => ({
    count: mid((r) => get(r).count),
    p50: mid((r) => get(r).p50),
    p95: mid((r) => get(r).p95),
    p99: mid((r) => get(r).p99),
    max: mid((r) => get(r).max),
  });
  return {
    target: runs[0]!.target,
    ack: summary((r) => r.ack),
    board: summary((r) => r.board),
    delivered: Math.min(...runs.map((r) => r.delivered)),
    refused: Math.max(...runs.map((r) => r.refused)),
    missed: Math.max(...runs.map((r) => r.missed)),
    rssMb: mid((r) => r.rssMb),
    cpuPercent: mid((r) => r.cpuPercent),
    cardsPerSecond: mid((r) => r.cardsPerSecond),
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

function table(results: Result[]): string {
  const rows = [
    ['post→ack p50 (ms)', (r: Result) => r.ack.p50],
    ['post→ack p95 (ms)', (r: Result) => r.ack.p95],
    ['post→ack p99 (ms)', (r: Result) => r.ack.p99],
    ['post→ack max (ms)', (r: Result) => r.ack.max],
    ['post→board p50 (ms)', (r: Result) => r.board.p50],
    ['post→board p95 (ms)', (r: Result) => r.board.p95],
    ['post→board p99 (ms)', (r: Result) => r.board.p99],
    ['post→board max (ms)', (r: Result) => r.board.max],
    ['cards delivered', (r: Result) => r.delivered],
    ['cards refused', (r: Result) => r.refused],
    ['phones missing a card', (r: Result) => r.missed],
    ['cards per second', (r: Result) => r.cardsPerSecond],
    ['server RSS (MB)', (r: Result) => r.rssMb],
    ['server CPU (%)', (r: Result) => r.cpuPercent],
  ] as const;
  const app = results.find((r) => r.target === 'app');
  const relay = results.find((r) => r.target === 'relay');
  const lines = [
    `| ${phones} phones in ${groupCount} groups, ${totalCards} cards at ${rate}/s | ${results.map((r) => r.target).join(' | ')} |${app && relay ? ' app/relay |' : ''}`,
    `| --- |${results.map(() => ' ---: |').join('')}${app && relay ? ' ---: |' : ''}`,
  ];
  for (const [label, get] of rows) {
    const ratio = app && relay ? ` ${fmt(get(app) / get(relay))}× |` : '';
    lines.push(`| ${label} | ${results.map((r) => fmt(get(r))).join(' | ')} |${ratio}`);
  }
  return lines.join('\n');
}

const targets = (args.only ? [args.only] : ['relay', 'app']) as ('app' | 'relay')[];
// Rounds alternate the targets (relay, app, relay, app …) so a noisy neighbour hits both alike;
// the table shows each figure's median over the rounds.
const rounds: Result[][] = targets.map(() => []);
for (let round = 0; round < Number(args.rounds); round++) {
  for (const [i, target] of targets.entries()) rounds[i]!.push(await run(target));
}
const results = rounds.map(medianResult);
if (Number(args.rounds) > 1) console.log(`median of ${args.rounds} alternating rounds`);
console.log(table(results));
const app = results.find((r) => r.target === 'app');
if (app && (app.delivered < totalCards - app.refused || app.missed > 0)) {
  console.error(
    `only ${app.delivered} of ${totalCards} cards reached the board; ${app.missed} phones missed some`,
  );
  process.exitCode = 1;
}

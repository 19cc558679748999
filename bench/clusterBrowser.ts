/**
 * Clustering 2,000 cards and placing one card inside a Web Worker in Chromium, the way the
 * facilitator screen runs it; prints the same figures as bench/cluster.ts does for Node.
 *
 *   npm run bench:cluster:browser [-- --smoke]
 */
import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { loadSets } from '../scripts/datasets.js';

const smoke = process.argv.includes('--smoke');
const N = smoke ? 200 : 2000;
const RUNS = smoke ? 2 : 7;
const PLACES = smoke ? 20 : 500;

let pool: string[] = loadSets().flatMap((s) => s.texts);
if (!pool.length)
  pool = ['partners extend capacity', 'training for staff', 'end partnerships that fail'];
const texts = Array.from({ length: N }, (_, i) => pool[(i * 7919) % pool.length]!);

const outDir = mkdtempSync(join(tmpdir(), 'otterboard-bench-browser-'));
await build({
  root: 'bench/browser',
  configFile: false,
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true },
});
const app = express().use(express.static(outDir));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  const result = (await page.evaluate(
    ([t, r, p]) =>
      (window as unknown as { runBench: (...a: unknown[]) => Promise<unknown> }).runBench(t, r, p),
    [texts, RUNS, PLACES] as const,
  )) as { loadMs: number; cluster: number[]; place: number[]; themes: number };
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
    return `min ${s[0]!.toFixed(2)} ms, median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms (${xs.length} runs)`;
  };
  console.log(
    `load average: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`Chromium Web Worker: load vectors ${result.loadMs.toFixed(0)} ms`);
  console.log(`suggestThemes, ${N} cards → ${result.themes} themes: ${stats(result.cluster)}`);
  console.log(`place one card on a board of ${N}: ${stats(result.place)}`);
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}

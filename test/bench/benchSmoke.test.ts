import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bench = (script: string) =>
  run(process.execPath, ['--import', 'tsx', script, '--smoke'], { timeout: 150_000 });
const hasChromium = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

/** Benchmarks run here only in smoke mode: they must work end to end, not be fast. */
describe('benchmarks (smoke)', () => {
  it('fanout runs against the app and the bare relay and prints both', async () => {
    const { stdout } = await bench('bench/fanout.ts');
    expect(stdout).toMatch(/\| relay \| app \| app\/relay \|/);
    expect(stdout).toMatch(/cards delivered \| 40\.0 \| 40\.0 \|/);
    expect(stdout).toMatch(/phones missing a card \| 0\.0 \| 0\.0 \|/);
  }, 180_000);

  it('connections: idle phones against the relay, and a reconnect storm with nothing lost', async () => {
    const { stdout } = await bench('bench/connections.ts');
    expect(stdout).toMatch(/\| connected \| 100 \| 100 \|/);
    expect(stdout).toMatch(/\| 50 \/ 50 \| [\d.]+ \| 0 \| 50 \|/);
  }, 180_000);

  it('clustering in Node prints timings for clustering and placing', async () => {
    const { stdout } = await bench('bench/cluster.ts');
    expect(stdout).toMatch(/suggestThemes/);
    expect(stdout).toMatch(/place/);
  }, 180_000);

  it.skipIf(!hasChromium)('clustering in a browser Web Worker prints the same figures', async () => {
    const { stdout } = await bench('bench/clusterBrowser.ts');
    expect(stdout).toMatch(/suggestThemes, 200 cards/);
    expect(stdout).toMatch(/place one card/);
  }, 180_000);
});

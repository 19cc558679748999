import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Benchmarks run here only in smoke mode: they must work end to end, not be fast. */
describe('benchmarks (smoke)', () => {
  it('fanout runs against the app and the bare relay and prints both', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'bench/fanout.ts', '--smoke'],
      {
        timeout: 120_000,
      },
    );
    expect(stdout).toMatch(/\| relay \| app \| app\/relay \|/);
    expect(stdout).toMatch(/cards delivered \| 40\.0 \| 40\.0 \|/);
  }, 150_000);
});

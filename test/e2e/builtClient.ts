import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The client, built once per test run by test/globalSetup.ts. */
    builtClientDir: string;
  }
}

/** Builds the client with the project's Vite config into a fresh temporary folder. */
export async function buildClient(): Promise<string> {
  const outDir = join(await mkdtemp(join(tmpdir(), 'otterboard-client-')), 'client');
  await build({
    configFile: 'vite.config.ts',
    build: { outDir, emptyOutDir: true, sourcemap: false },
    logLevel: 'silent',
  });
  return outDir;
}

/** The client built for this run (shared by every browser test), or a build of its own. */
export async function builtClient(): Promise<string> {
  return inject('builtClientDir') || buildClient();
}

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
  // Vitest sets NODE_ENV=test, which would bundle React's development build: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: 'vite.config.ts',
      mode: 'production',
      build: { outDir, emptyOutDir: true, sourcemap: false },
      logLevel: 'silent',
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/** The client built for this run (shared by every browser test), or a build of its own. */
export async function builtClient(): Promise<string> {
  return inject('builtClientDir') || buildClient();
}

import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildClient } from './e2e/builtClient.js';

/** Builds the client once for all browser tests of a run, instead of once per test file. */
export default async function setup(project: TestProject) {
  const browserTests = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const dir = browserTests ? await buildClient() : '';
  project.provide('builtClientDir', dir);
  return async () => {
    if (dir) await rm(dirname(dir), { recursive: true, force: true });
  };
}

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Browser and process tests start servers of their own; keep the machine's 2 cores calm.
    maxWorkers: 2,
  },
});

// Browser tests in Node: Debian's Chromium (playwright-core) against real `wrangler dev` and local D1,
// with host pages on another origin (tests/browser/harness.ts). Each file starts its own stack (temp D1,
// free ports), so two files run at once on a 2-core machine: 234–252 s instead of 358 s serially.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
    minWorkers: 1,
  },
});

// Browser tests in Node: Debian's Chromium (playwright-core) against real `wrangler dev` and local D1,
// with host pages on another origin (tests/browser/harness.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/browser/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
});

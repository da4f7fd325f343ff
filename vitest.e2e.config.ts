// End-to-end tests in Node: the operator's commands and `npm start` with real wrangler and local D1.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Every wrangler call is a process start (2–5 s on a busy 2-core machine) and one test makes up to ~20.
  test: { include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false },
});

// End-to-end tests in Node: the operator's commands and `npm start` with real wrangler and local D1.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/e2e/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 180_000, fileParallelism: false },
});

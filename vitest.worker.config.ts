// Worker tests: the real worker inside workerd with a real local D1 and the real migrations.
import { defineWorkersProject, readD1Migrations } from '@cloudflare/vitest-pool-workers/config';
import { defineConfig } from 'vitest/config';

// Files with many thousands of rows: no per-test storage snapshots (below), each in a project (and
// so a database) of its own: two files on one database would apply the migrations at the same time.
const LARGE = ['tests/worker/export-large.test.ts', 'tests/worker/bounded-reads.test.ts'];

export const project = (name: string, include: string[], exclude: string[], isolatedStorage: boolean) =>
  defineWorkersProject(async () => ({
    test: {
      name,
      include,
      exclude,
      setupFiles: ['tests/worker/setup/apply-migrations.ts', 'tests/worker/setup/forget-memory.ts'],
      // Files run side by side on two cores, each test making dozens of requests through workerd:
      // 5 s (the default) was seen to run out under load for tests that take 2 s alone.
      testTimeout: 20_000,
      poolOptions: {
        workers: {
          wrangler: { configPath: './wrangler.toml' },
          isolatedStorage,
          // VOCE_MEASURE: the X-D1-* headers that tests/worker/responses.test.ts reads; VOCE_DEV: local
          // development (webhooks to http://127.0.0.1).
          miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('migrations'), VOCE_MEASURE: '1', VOCE_DEV: 'http://localhost' } },
        },
      },
    },
  }));

export default defineConfig({
  test: {
    projects: [
      project('worker', ['tests/worker/**/*.test.ts'], LARGE, true),
      // The 100,000-row export and the 12,000-row read budgets without per-test storage snapshots:
      // with them, SQLite's -shm file of a large database was sometimes still on disk when the pool
      // copied the storage, and the pool refuses that (cloudflare/workers-sdk#11031; fixed in pool
      // versions that need Node 22).
      ...LARGE.map((file, i) => project(`worker-large-${i + 1}`, [file], [], false)),
    ],
  },
});

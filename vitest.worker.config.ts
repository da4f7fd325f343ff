// Worker tests: the real worker inside workerd with a real local D1 and the real migrations.
import { defineWorkersConfig, readD1Migrations } from '@cloudflare/vitest-pool-workers/config';

export default defineWorkersConfig(async () => ({
  test: {
    include: ['tests/worker/**/*.test.ts'],
    setupFiles: ['tests/worker/setup/apply-migrations.ts'],
    // Files run side by side on two cores, each test making dozens of requests through workerd:
    // 5 s (the default) was seen to run out under load for tests that take 2 s alone.
    testTimeout: 20_000,
    poolOptions: {
      workers: {
        wrangler: { configPath: './wrangler.toml' },
        // VOCE_MEASURE: the X-D1-* headers that tests/worker/responses.test.ts reads.
        miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('migrations'), VOCE_MEASURE: '1' } },
      },
    },
  },
}));

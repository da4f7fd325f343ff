// Bindings the worker tests see: the worker's own plus the migrations read by vitest.worker.config.ts.
declare module 'cloudflare:test' {
  interface ProvidedEnv extends Env {
    TEST_MIGRATIONS: D1Migration[];
  }
}

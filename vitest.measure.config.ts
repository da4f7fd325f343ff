// Measurements inside workerd with a real local D1 (`npm run bench:recount`): the worker tests' setup,
// without per-test storage snapshots (large databases), one file at a time. Not part of `npm test`.
import { defineConfig } from 'vitest/config';
import { project } from './vitest.worker.config';

export default defineConfig({
  test: { projects: [project('measure', ['bench/worker/**/*.measure.ts'], [], false)] },
});

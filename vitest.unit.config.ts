// Unit tests: pure functions (shared/ metric math and schemas) in plain Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});

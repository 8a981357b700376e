import { defineConfig } from 'vitest/config';

// Against PostgreSQL every worker gets its own database (see test/support/test-db.ts),
// so the suite runs in parallel on both drivers.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

// The unit tests that cover src/domain and src/services, for the mutation check (stryker.config.json).
// The bot, server and process tests are left out: they are slow and test the same code end to end. The
// chart service test is left out too: Stryker runs vitest in worker threads, where `canvas` crashes.
export default defineConfig({
  test: {
    // MUTATION_TESTS=test/domain narrows a run to the fast pure-domain tests (mutating src/domain only).
    include: (process.env.MUTATION_TESTS ?? 'test/domain,test/services')
      .split(',')
      .map((folder) => `${folder}/**/*.test.ts`),
    exclude: ['test/services/charts.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

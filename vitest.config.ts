import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['test/helpers/offline.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores: test files run in parallel, each in its own Redis key prefix.
    pool: 'forks',
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each file gets its own temporary data folder; the e2e suite starts its own bridge and Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});

import { defineConfig } from 'vitest/config';

/** The old-kernel browser checks: their own run, after `npm run build`, one server and one launch per browser. */
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/legacy/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // A cap for a loaded 2-core machine (three pages per browser, software rendering), not a timing assertion.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';
import { sourceAlias } from '../../scripts/source-alias.mjs';

/** The old-kernel browser checks: their own run, after `npm run build`, one server and one launch per browser. */
export default defineConfig({
  resolve: { alias: sourceAlias },
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

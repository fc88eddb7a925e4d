import { defineConfig } from 'vitest/config';
import { sourceAlias } from '../../scripts/source-alias.mjs';

/** The office check: the exported files opened by a real office suite (LibreOffice headless), one run at a time. */
export default defineConfig({
  resolve: { alias: sourceAlias },
  test: {
    root: '.',
    include: ['tests/office/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // A cap for LibreOffice's first start on a loaded 2-core machine, not a timing assertion.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});

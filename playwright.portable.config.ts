import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

/**
 * The offline demo file opened from disk (file://), with no server at all: `npm run build:portable` writes it
 * first (`npm run test:portable` does both).
 */
export default defineConfig({
  testDir: 'tests/portable',
  outputDir: 'test-results/portable',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // A cap for a loaded 2-core CI machine, not a timing assertion.
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    acceptDownloads: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});

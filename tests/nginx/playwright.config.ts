import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { ROOT_SITE } from './nginx-ports';

/**
 * The built demo (dist/, dist-subpath/) behind Debian's nginx with the shipped deploy/nginx/ configuration:
 * the headers, cache rules and routes a deployment really sends (`npm run test:nginx`, part of `npm test`).
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/nginx',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // A cap for a loaded 2-core CI machine, not a timing assertion.
  expect: { timeout: 15_000 },
  globalSetup: './start-nginx.ts',
  use: {
    baseURL: ROOT_SITE,
    browserName: 'chromium',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});

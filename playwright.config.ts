import { defineConfig } from '@playwright/test';
import { browserSuite, E2E_PORT } from './tests/playwright-base';

/** The same demo built under a sub-path (BASE_PATH=/dash/, `npm run build:subpath`). */
export const SUBPATH_PORT = E2E_PORT + 1;

/** The built demo (dist/, dist-subpath/) in Debian's Chromium; every tests/e2e/*.spec.ts is picked up. */
export default defineConfig(
  browserSuite({
    testDir: 'tests/e2e',
    outputDir: 'test-results/e2e',
    use: { baseURL: `http://localhost:${E2E_PORT}`, serviceWorkers: 'allow' },
    webServer: [
      {
        command: `npx vite preview --port ${E2E_PORT} --strictPort`,
        url: `http://localhost:${E2E_PORT}`,
        reuseExistingServer: false,
        timeout: 60_000,
      },
      {
        command: `npx vite preview --port ${SUBPATH_PORT} --strictPort --outDir dist-subpath`,
        url: `http://localhost:${SUBPATH_PORT}/dash/`,
        env: { BASE_PATH: '/dash/' },
        reuseExistingServer: false,
        timeout: 60_000,
      },
    ],
  }),
);

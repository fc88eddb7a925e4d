import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4180);
/** The same demo built under a sub-path (BASE_PATH=/dash/, `npm run build:subpath`). */
export const SUBPATH_PORT = PORT + 1;

/** Browser tests drive Debian's Chromium against the built demo; no browser is downloaded. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // A cap for a loaded 2-core CI machine (retries back off 1 s + 2 s), not a timing assertion.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    serviceWorkers: 'allow',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
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
});

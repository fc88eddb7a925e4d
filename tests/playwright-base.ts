import type { PlaywrightTestConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

/**
 * Ports: E2E_PORT (default 4180) and +1 for the preview servers, +2 for the legacy checks, +5 … +10 for nginx, +20 for
 * the briefing-files series API, +24 for test:server's PostgreSQL, +30 … +32 for the replicas behind nginx.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4180);

/**
 * What every browser suite shares (tests/e2e, tests/portable, tests/nginx): Debian's Chromium, never a downloaded
 * browser; one worker per suite, so suites can run side by side on a 2-core machine.
 */
export function browserSuite(config: PlaywrightTestConfig & { outputDir: string }): PlaywrightTestConfig {
  return {
    fullyParallel: false,
    workers: 1,
    retries: 0,
    reporter: [['list']],
    timeout: 60_000,
    // A cap for a loaded 2-core CI machine (retries back off 1 s + 2 s), not a timing assertion.
    expect: { timeout: 15_000 },
    ...config,
    use: {
      browserName: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      ...config.use,
    },
  };
}

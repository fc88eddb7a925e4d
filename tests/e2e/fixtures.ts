import { test as base, expect } from '@playwright/test';

interface PageGuards {
  /** Requests addressed anywhere but this machine: blocked, and listed so a test can assert there were none. */
  offMachineRequests: string[];
  pageErrors: string[];
  /** Set by tests of a failing API: Chromium logs each failed fetch ("Failed to load resource") as a console error. */
  expectFailedRequests: boolean;
}

const FAILED_REQUEST_LOG = /^console\.error: (Failed to load resource|Access to fetch .* has been blocked by CORS)/;

const isLocal = (url: string) => {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
};

/** Every browser test runs offline-by-construction and fails on page errors or console errors. */
export const test = base.extend<{ guards: PageGuards }>({
  guards: [
    async ({ context, page }, use) => {
      const guards: PageGuards = { offMachineRequests: [], pageErrors: [], expectFailedRequests: false };
      await context.route(
        (url) => !isLocal(url.href),
        (route) => {
          guards.offMachineRequests.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      page.on('pageerror', (error) => guards.pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') guards.pageErrors.push(`console.error: ${message.text()}`);
      });
      await use(guards);
      expect(guards.offMachineRequests, 'requests that left localhost').toEqual([]);
      const unexpected = guards.expectFailedRequests
        ? guards.pageErrors.filter((error) => !FAILED_REQUEST_LOG.test(error))
        : guards.pageErrors;
      expect(unexpected, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

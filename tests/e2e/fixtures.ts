import { test as base, expect } from '@playwright/test';

interface PageGuards {
  /** Requests addressed anywhere but this machine: blocked, and listed so a test can assert there were none. */
  offMachineRequests: string[];
  pageErrors: string[];
  /**
   * The requests a test expects to fail, by URL: Chromium logs each failed load ("Failed to load resource") as a
   * console error, which passes only when its URL matches one of these. A missing script or style fails the test.
   */
  expectFailedRequests: RegExp[];
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
      const guards: PageGuards = { offMachineRequests: [], pageErrors: [], expectFailedRequests: [] };
      await context.route(
        (url) => !isLocal(url.href),
        (route) => {
          guards.offMachineRequests.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      page.on('pageerror', (error) => guards.pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = `console.error: ${message.text()}`;
        // A failed load names its URL only in the message's location.
        const url = message.location().url;
        guards.pageErrors.push(FAILED_REQUEST_LOG.test(text) && url && !text.includes(url) ? `${text} <${url}>` : text);
      });
      await use(guards);
      expect(guards.offMachineRequests, 'requests that left localhost').toEqual([]);
      const expectedFailure = (error: string) =>
        FAILED_REQUEST_LOG.test(error) && guards.expectFailedRequests.some((url) => url.test(error));
      const unexpected = guards.pageErrors.filter((error) => !expectedFailure(error));
      expect(unexpected, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

import { test as base, expect } from '@playwright/test';

interface PageGuards {
  /** Requests addressed anywhere but this machine: blocked, and listed so a test can assert there were none. */
  offMachineRequests: string[];
  pageErrors: string[];
}

const isLocal = (url: string) => {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
};

/** Every browser test runs offline-by-construction and fails on page errors or console errors. */
export const test = base.extend<{ guards: PageGuards }>({
  guards: [
    async ({ context, page }, use) => {
      const guards: PageGuards = { offMachineRequests: [], pageErrors: [] };
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
      expect(guards.pageErrors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

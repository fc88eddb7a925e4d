import type { Page } from '@playwright/test';
import { indicators, report } from '../../mocks/data';
import { expect } from './fixtures';

/** Waits until every area shows as many cards as the dataset holds for it. */
export async function expectEveryAreaFilled(page: Page) {
  for (const area of report.areas) {
    const expected = indicators.filter((indicator) => indicator.area === area.id).length;
    await expect(page.locator(`section#${area.id}`).getByRole('article')).toHaveCount(expected);
  }
}

/** Charts draw as the reader nears them: scroll each into view, then wait for every chart to be drawn. */
export async function drawEveryChart(page: Page, count: number) {
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(count);
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('figure .recharts-surface[role="application"]')).toHaveCount(count);
}

/**
 * Counts a page's API requests from the moment it is called. Leaving a demo page while one is under way lets the
 * mock worker hand the dying page's request to the static server (a 404 in its console): a reader never sees it, but
 * a test that moves on must first wait for `settled`.
 */
export function watchApiRequests(page: Page) {
  const pending = new Set<string>();
  /** Answered since the last `settled`. */
  const answered: string[] = [];
  let lastChange = Date.now();
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (request) => {
    if (!isApi(request.url())) return;
    pending.add(request.url());
    lastChange = Date.now();
  });
  const done = (url: string) => {
    if (!pending.delete(url)) return;
    answered.push(url);
    lastChange = Date.now();
  };
  page.on('requestfinished', (request) => done(request.url()));
  page.on('requestfailed', (request) => done(request.url()));
  return {
    /**
     * Every request answered and none for a second; on the dashboard also one indicator list and one highlight
     * list per area, since an area asks for its own only once it is rendered (one per frame, later on a busy machine).
     */
    async settled({ everyArea = false }: { everyArea?: boolean } = {}) {
      const count = (kind: string) => new Set(answered.filter((url) => url.includes(`/api/${kind}?area=`))).size;
      await expect
        .poll(
          () =>
            pending.size === 0 &&
            Date.now() - lastChange >= 1000 &&
            (!everyArea || (count('indicators') >= report.areas.length && count('highlights') >= report.areas.length)),
          { timeout: 30_000, intervals: [250] },
        )
        .toBe(true);
      // The next page counts its own.
      answered.length = 0;
    },
  };
}

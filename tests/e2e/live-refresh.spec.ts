import type { Page } from '@playwright/test';
import type { MockApiServer } from '../../mocks/server/create-mock-api-server';
import { drawEveryChart } from './area-fill';
import { openLive, outage, startChangingApi, withObservation } from './changing-api';
import { expect, test } from './fixtures';

const MINUTE = 60_000;
/** The dashboard's charts: the cards already show the figures of the others. */
const DASHBOARD_CHARTS = 7;
/** 2025-08-30 14:05 in Beijing; the page's clock is the test's. */
const START = new Date('2025-08-30T14:05:00+08:00');

test.use({ timezoneId: 'Asia/Shanghai' });

let api: MockApiServer;
test.beforeAll(async () => {
  api = await startChangingApi();
});
test.afterEach(() => api.resetHandlers());
test.afterAll(async () => {
  await api.close();
});

const networkArea = (page: Page) => page.getByRole('region', { name: '网络迈上新台阶' });
const fiveGCard = (page: Page) => networkArea(page).getByRole('article', { name: '5G基站' });

/** Set on the window: still there after a refresh means the page did not reload. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { notReloaded: true }));
const stillSamePage = (page: Page) => page.evaluate(() => 'notReloaded' in window);

test('a new observation shows on the dashboard without a reload, keeping an open 查看出处 panel', async ({ page }) => {
  await page.clock.install({ time: START });
  await openLive(page, api, 5 * MINUTE);
  await page.goto('/#network');
  await expect(fiveGCard(page).getByText('11.5万个', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('banner').getByText('更新于 14:05')).toBeVisible();
  const details = fiveGCard(page).locator('details').first();
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  await markPage(page);

  api.use(...withObservation('5g-base-stations', '2025-08-31', 11.8));
  await page.clock.runFor(5 * MINUTE);

  await expect(fiveGCard(page).getByText('11.8万个', { exact: true }).first()).toBeVisible();
  await expect(fiveGCard(page).getByText('11.5万个', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('banner').getByText('更新于 14:10')).toBeVisible();
  await expect(details).toHaveAttribute('open', '');
  expect(await stillSamePage(page)).toBe(true);
});

const networkTile = (page: Page) => page.getByRole('tab', { name: /网络/ });

test('the screen follows a new observation, keeps its figures through an outage and heals by itself', async ({
  page,
  guards,
}) => {
  guards.expectFailedRequests = [/\/api\//]; // the outage
  await page.clock.install({ time: START });
  await openLive(page, api, 5 * MINUTE);
  await page.goto('/screen');
  // The screen redraws every second (its clock): jump ahead rather than run every tick.
  await expect(networkTile(page)).toContainText('11.5万个');
  // The screen's footer sits inside <main>: not a contentinfo landmark.
  const footer = page.getByRole('main');
  await expect(footer.getByText('更新于 14:05')).toBeVisible();
  await markPage(page);

  api.use(...withObservation('5g-base-stations', '2025-08-31', 11.8));
  await page.clock.fastForward(5 * MINUTE);
  await expect(networkTile(page)).toContainText('11.8万个');
  await expect(footer.getByText('更新于 14:10')).toBeVisible();
  await expect(footer.getByText('自动轮播：每15秒切换')).toBeVisible();

  api.use(...outage());
  await page.clock.fastForward(5 * MINUTE);
  await page.clock.runFor(5_000); // the query's own two quick retries
  const notice = page.getByRole('alert').filter({ hasText: '数据更新失败，显示的是 14:10 获取的数据' });
  await expect(notice).toHaveCount(1);
  await expect(networkTile(page)).toContainText('11.8万个');
  await expect(page.getByText('数据未能更新')).toHaveCount(0);

  api.resetHandlers();
  api.use(...withObservation('5g-base-stations', '2025-08-31', 11.8));
  await page.clock.runFor(30_000);
  await expect(notice).toHaveCount(0);
  await expect(footer.getByText('更新于 14:15')).toBeVisible();
  await expect(networkTile(page)).toContainText('11.8万个');
  expect(await stillSamePage(page)).toBe(true);
});

test('the dashboard shows one notice through an outage, backs off (30 s, then 1 min) and heals', async ({
  page,
  guards,
}) => {
  guards.expectFailedRequests = [/\/api\//]; // the outage
  const requests: number[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/report')) requests.push(Date.now());
  });
  await page.clock.install({ time: START });
  await openLive(page, api, 5 * MINUTE);
  await page.goto('/#network');
  await expect(fiveGCard(page).getByText('11.5万个', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('banner').getByText('更新于 14:05')).toBeVisible();
  await markPage(page);

  api.use(...outage());
  await page.clock.runFor(5 * MINUTE);
  // The clock also runs on by itself: the query's own two quick retries (1 s, 2 s) happen, then the notice shows.
  const notice = page.getByRole('alert').filter({ hasText: '数据更新失败，显示的是 14:05 获取的数据' });
  await expect(notice).toHaveCount(1);
  await expect(page.getByText('数据更新失败，下面显示的是上次成功获取的数据')).toHaveCount(0);
  await expect(fiveGCard(page).getByText('11.5万个', { exact: true }).first()).toBeVisible();
  expect(requests).toHaveLength(1 + 3);

  // Backoff: nothing for 30 s, then one attempt (with its quick retries) ...
  await page.clock.runFor(20_000);
  expect(requests).toHaveLength(4);
  await page.clock.runFor(10_000);
  // The attempt's quick retries are timers set only once its failure is back: on a busy machine that can be after a
  // single long jump has ended, so the clock moves a second per look, well short of the next backoff (1 min).
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1_000);
        return requests.length;
      },
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(7);
  await expect(notice).toHaveCount(1);
  // ... then nothing for a minute; the API is back before it is over.
  await page.clock.runFor(5_000); // the attempt's quick retries
  const afterSecondFailure = requests.length;
  await page.clock.runFor(40_000);
  expect(requests).toHaveLength(afterSecondFailure);
  api.resetHandlers();
  // The backoff timer starts when the failure is back in the page, which on a busy machine can be after the jumps
  // above: the clock again moves a second per look until the next attempt, as a wall's clock would.
  await page.clock.runFor(15_000);
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1_000);
        return requests.length;
      },
      { timeout: 60_000, intervals: [100] },
    )
    .toBe(afterSecondFailure + 1);
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('banner').getByText(/更新于 14:1\d/)).toBeVisible();
  expect(await stillSamePage(page)).toBe(true);
});

test('coming back online and the tab becoming visible fetch at once', async ({ page, context }) => {
  await page.clock.install({ time: START });
  await openLive(page, api, 5 * MINUTE);
  await page.goto('/#network');
  await expect(fiveGCard(page).getByText('11.5万个', { exact: true }).first()).toBeVisible();
  // The charts' code arrives as they are drawn: all of it first, or a chunk asked for while offline fails to load.
  await drawEveryChart(page, DASHBOARD_CHARTS);

  // The browser's own network emulation: navigator.onLine goes false, then true with a real online event.
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  api.use(...withObservation('5g-base-stations', '2025-08-31', 11.8));
  await context.setOffline(false);
  await expect(fiveGCard(page).getByText('11.8万个', { exact: true }).first()).toBeVisible();

  api.use(...withObservation('5g-base-stations', '2025-09-30', 12.1));
  await page.clock.runFor(10_000);
  await expect(fiveGCard(page).getByText('11.8万个', { exact: true }).first()).toBeVisible();
  // Synthetic: headless Chromium keeps every page visible (no minimise, background tab or CDP call hides one).
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await expect(fiveGCard(page).getByText('12.1万个', { exact: true }).first()).toBeVisible();
});

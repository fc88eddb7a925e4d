import type { Page } from '@playwright/test';
import type { MockApiServer } from '../../mocks/server/create-mock-api-server';
import { messages } from '../setup/messages';
import { openLive, startChangingApi } from './changing-api';
import { expect, test } from './fixtures';

const { zh, en } = messages;
const MINUTE = 60_000;

let api: MockApiServer;
test.beforeAll(async () => {
  api = await startChangingApi();
});
test.afterAll(async () => {
  await api.close();
});

/** dist/ replaced on the server: the next version.json names another build (once; the reloaded page is that build). */
const deployNewBuild = (page: Page) =>
  page.route(
    '**/version.json',
    (route) => route.fulfill({ contentType: 'application/json', body: '{"build":"the-next-release"}' }),
    { times: 1 },
  );

/** Counts the page's document requests: 1 after the first load, 2 after one reload. */
function countLoads(page: Page) {
  const loads = { count: 0 };
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads.count++;
  });
  return loads;
}

test.describe('in Beijing time', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('/screen picks up a new build at its next rotation step, not before it, keeping the language', async ({
    page,
    context,
  }) => {
    await page.clock.install({ time: new Date('2025-08-30T14:05:00+08:00') });
    await openLive(page, api, 5 * MINUTE);
    const loads = countLoads(page);
    await page.goto('/screen?lang=en');
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(6);
    await expect(page.getByRole('tab', { name: /Network/ })).toBeVisible();
    // From here the page's time moves only when the test moves it.
    await page.clock.pauseAt(new Date('2025-08-30T14:06:00+08:00'));
    const selected = () =>
      tabs.evaluateAll((all) => all.findIndex((tab) => tab.getAttribute('aria-selected') === 'true'));

    // Find a rotation step: a quarter second (the rotation's tick) at a time until the highlight moves. The next
    // step is then 15 s on (the footer says "Rotating every 15 s"), give or take half a second.
    await expect(page.getByRole('main').getByText('Rotating every 15 s')).toBeVisible();
    const first = await selected();
    for (let ms = 0; ms <= 16_000 && (await selected()) === first; ms += 250) await page.clock.runFor(250);
    const shown = await selected();
    expect(shown).not.toBe(first);

    // A new build is deployed, and the page learns of it now: coming back online checks at once.
    await deployNewBuild(page);
    await context.setOffline(true);
    await context.setOffline(false);
    await expect(page.getByRole('main').getByText('Updated 14:06')).toBeVisible();

    // Just before the next step: the same area is shown and the page has not reloaded.
    await page.clock.runFor(14_000);
    expect(await selected()).toBe(shown);
    expect(loads.count).toBe(1);
    // Past the step (well within the minute an idle page waits): it reloads.
    await page.clock.runFor(2_000);
    await expect.poll(() => loads.count).toBe(2);
    await page.clock.resume(); // the reloaded page's time runs again, so it can draw
    await expect(page).toHaveURL(/\/screen\?lang=en$/);
    await expect(page.getByRole('tab', { name: /Network/ })).toBeVisible();
  });
});

test('an idle dashboard reloads itself into a new build, keeping language and area', async ({ page }) => {
  await page.clock.install();
  await openLive(page, api, 5 * MINUTE);
  const loads = countLoads(page);
  await page.goto('/?lang=en#network');
  await expect(page.getByRole('region', { name: 'Networks step up' })).toBeVisible();
  await deployNewBuild(page);
  await page.clock.fastForward(5 * MINUTE);
  const banner = page.getByRole('status').filter({ hasText: en.newVersion });
  await expect(banner).toBeVisible();
  expect(loads.count).toBe(1);

  await page.clock.fastForward(58_000); // not yet a minute without input
  await page.waitForTimeout(500); // a reload would have started by now; nothing else to wait for when none should
  expect(loads.count).toBe(1);
  await page.clock.fastForward(3_000); // a minute without input
  await expect.poll(() => loads.count).toBe(2);
  await expect(page).toHaveURL(/\/\?lang=en#network$/);
  await expect(page.getByRole('region', { name: 'Networks step up' })).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test('a busy dashboard offers 有新版本 · 更新 instead of reloading under the reader', async ({ page }) => {
  await page.clock.install();
  await openLive(page, api, 5 * MINUTE);
  const loads = countLoads(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: '网络迈上新台阶' })).toBeVisible();
  await deployNewBuild(page);
  await page.clock.fastForward(5 * MINUTE);
  const banner = page.getByRole('status').filter({ hasText: zh.newVersion });
  await expect(banner).toBeVisible();

  // Someone keeps reading: a mouse move every 40 s for three minutes.
  for (let step = 0; step < 5; step++) {
    await page.mouse.move(100 + step * 10, 200);
    await page.clock.fastForward(40_000);
  }
  expect(loads.count).toBe(1);
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: zh.updateNow }).click();
  await expect.poll(() => loads.count).toBe(2);
  await expect(page.getByRole('region', { name: '网络迈上新台阶' })).toBeVisible();
});

test('a node stuck on another build reloads a hidden tab at most once in 10 minutes', async ({ page }) => {
  // A tab in the background (a wall's browser behind another window): the reload needs no quiet moment.
  await page.addInitScript(() => {
    Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { get: () => true });
  });
  await page.clock.install();
  await openLive(page, api, 10_000);
  const loads = countLoads(page);
  // Every version.json names another build, as a load balancer with one node left on the old release would.
  await page.route('**/version.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"build":"a-build-that-never-arrives"}' }),
  );
  await page.goto('/');
  await expect(page.getByRole('region', { name: '网络迈上新台阶' })).toBeVisible();
  // A hidden tab checks every 30 s (three times the 10 s interval): the first check reloads it.
  await expect
    .poll(async () => {
      await page.clock.fastForward(10_000);
      return loads.count;
    })
    .toBe(2);
  await expect(page.getByRole('region', { name: '网络迈上新台阶' })).toBeVisible();
  // The next nine minutes hold about 18 checks that all see "another build": none reloads.
  for (let step = 0; step < 18; step++) await page.clock.fastForward(30_000);
  expect(loads.count).toBe(2);
  // Ten minutes after the first, one more reload is allowed.
  await expect
    .poll(async () => {
      await page.clock.fastForward(30_000);
      return loads.count;
    })
    .toBe(3);
});

test('a page chunk gone after a redeploy reloads the page once; a second failure within 5 min shows the alert', async ({
  page,
  guards,
}) => {
  guards.expectFailedRequests = [/\/assets\/screen-page-[\w-]+\.js/];
  await openLive(page, api, 5 * MINUTE);
  const loads = countLoads(page);
  // The screen's code fails to arrive (its preload and its import), as when the old build's file is gone.
  await page.route('**/assets/screen-page-*.js', (route) => route.abort('failed'), { times: 2 });
  await page.goto('/screen');
  await expect(page.getByRole('tab', { name: /网络/ })).toBeVisible();
  expect(loads.count).toBe(2);
  await expect(page.getByText(zh.chunkFailed)).toHaveCount(0);

  // It fails again soon after: no second automatic reload, the alert with 重新加载 as before.
  await page.route('**/assets/screen-page-*.js', (route) => route.abort('failed'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: zh.chunkFailed });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: zh.reload })).toBeVisible();
  expect(loads.count).toBe(3);
  // The boundary logs what failed, once; that log is expected here.
  const logged = guards.pageErrors.filter((line) => line.includes('route:screen failed to render'));
  expect(logged).toHaveLength(1);
  guards.pageErrors.splice(guards.pageErrors.indexOf(logged[0] ?? ''), 1);
});

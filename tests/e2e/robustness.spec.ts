import type { Page, Route } from '@playwright/test';
import { indicators, report } from '../../mocks/data';
import { expect, test } from './fixtures';

/** A port nothing listens on: page.route decides what "the API" there answers. */
const API = 'http://localhost:4709/api';
const json = (body: unknown, status = 200) => ({
  status,
  contentType: 'application/json',
  headers: { 'Access-Control-Allow-Origin': '*' },
  body: JSON.stringify(body),
});

/** The built app in live mode; the users list gets `misbehave` and is counted, everything else a good answer. */
async function liveApi(page: Page, misbehave: (route: Route) => Promise<void> | void) {
  const counted = { users: 0 };
  await page.route('**/config.json', (route) =>
    route.fulfill(json({ apiBaseUrl: API, mocks: false, requestTimeoutMs: 1500 })),
  );
  await page.route(`${API}/**`, async (route) => {
    const url = new URL(route.request().url());
    const area = url.searchParams.get('area');
    if (url.pathname.endsWith('/indicators') && area === 'users') {
      counted.users += 1;
      return misbehave(route);
    }
    if (url.pathname.endsWith('/report')) return route.fulfill(json(report));
    if (url.pathname.endsWith('/highlights')) return route.fulfill(json({ items: [] }));
    return route.fulfill(json({ items: indicators.filter((item) => item.area === area) }));
  });
  return counted;
}

const usersAlert = (page: Page) =>
  page
    .getByRole('region', { name: /用户规模持续增长/ })
    .getByRole('alert')
    .first();

/** The boundaries log each caught failure once on purpose; take those lines out of the page-error guard. */
function takeBoundaryLogs(guards: { pageErrors: string[] }): string[] {
  const logs = guards.pageErrors.filter((error) => error.startsWith('console.error: [dashboard] '));
  guards.pageErrors = guards.pageErrors.filter((error) => !logs.includes(error));
  return logs;
}

test.describe('retries as in production, counted in the browser', () => {
  const error = (status: number) => (route: Route) =>
    route.fulfill(json({ error: { code: 'x', message: 'x' } }, status));
  for (const [name, misbehave, requests, message] of [
    ['HTTP 500', error(500), 3, '数据接口暂时不可用。'],
    ['HTTP 401', error(401), 1, '需要登录或没有权限'],
    ['HTTP 403', error(403), 1, '需要登录或没有权限'],
    ['HTTP 404', error(404), 1, '数据接口地址不存在'],
    ['a timeout', () => undefined, 1, '数据接口响应超时。'],
  ] as const) {
    test(`${name}: ${requests} request(s) before the alert`, async ({ page, guards }) => {
      guards.expectFailedRequests = [/\/indicators\?area=users/];
      const counted = await liveApi(page, misbehave);
      await page.goto('/');
      await expect(usersAlert(page)).toContainText(message);
      expect(counted.users).toBe(requests);
    });
  }
});

test.describe('a lazy chunk that does not arrive', () => {
  test('the error alert itself: says so in the area, offers a reload, and the reload recovers', async ({
    page,
    guards,
  }) => {
    guards.expectFailedRequests = [/\/indicators\?area=users/, /\/assets\/api-error-alert-[\w-]+\.js/];
    await liveApi(page, (route) => route.fulfill(json({ error: { code: 'nf', message: 'no' } }, 404)));
    await page.route('**/assets/api-error-alert-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    const alert = usersAlert(page);
    await expect(alert).toContainText('页面资源加载失败，请检查网络后重新加载');
    await expect(page.getByRole('article', { name: '电信业务总量' })).toBeVisible();
    // Logged once, naming what failed; the highlight lists load their alert the same lazy way, so they are unaffected.
    expect(takeBoundaryLogs(guards)).toEqual([
      expect.stringMatching(/^console\.error: \[dashboard\] api-error-alert failed to render:/),
    ]);

    await page.unroute('**/assets/api-error-alert-*.js');
    await alert.getByRole('button', { name: '重新加载' }).click();
    await expect(usersAlert(page)).toContainText('数据接口地址不存在');
  });

  test('a page (the big screen) reloads itself once, then says so in English too, with Reload', async ({
    context,
    page,
    guards,
  }) => {
    guards.expectFailedRequests = [/\/assets\/screen-page-[\w-]+\.js/];
    let documents = 0;
    page.on('request', (request) => {
      if (request.isNavigationRequest()) documents++;
    });
    // In live mode: the demo's mock worker reloads a page that it has registered on but does not control yet (msw
    // does, to take over the page), so a chunk reload made before its worker took over would count two reloads.
    await liveApi(page, (route) => route.fulfill(json({ items: indicators.filter((item) => item.area === 'users') })));
    await context.route('**/assets/screen-page-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/screen?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    // A missing chunk is first taken for a redeploy: one automatic reload (src/domain/refresh/reload-guard.ts).
    expect(documents).toBe(2);
    await expect(alert).toContainText(
      'Part of the page could not be loaded. Check the network connection, then reload',
    );
    await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(takeBoundaryLogs(guards)).toHaveLength(1);
  });
});

test.describe('odd links', () => {
  test('a malformed escape in an embed path says the id is unknown', async ({ page }) => {
    // vite preview answers such a path with 400; a production server serves index.html, as here.
    const indexHtml = await page.request.get('/');
    await page.route('**/embed/%E0%A4%A', async (route) => route.fulfill({ response: indexHtml }));
    await page.goto('/embed/%E0%A4%A');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('找不到这个指标或图表');
    await expect(alert).toContainText('“%E0%A4%A”');
  });

  test('a malformed escape in the hash still shows the dashboard', async ({ page }) => {
    await page.goto('/#%E0%A4%A');
    await expect(page.getByRole('article', { name: '电信业务总量' })).toBeVisible();
  });

  test('an unknown embed id of 300 characters is echoed in 80', async ({ page }) => {
    await page.goto(`/embed/${'a'.repeat(300)}`);
    await expect(page.getByRole('alert')).toContainText(`“${'a'.repeat(79)}…”`);
  });
});

test('a config.json broken for a minute during a redeploy: /screen comes back by itself once it is fixed', async ({
  page,
  guards,
}) => {
  guards.expectFailedRequests = [/\/config\.json/]; // the 503s while the file is broken
  await page.clock.install();
  let broken = true;
  await page.route('**/config.json', (route) =>
    broken ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'upstream restarting' }) : route.fallback(),
  );
  await page.goto('/screen');
  const alert = page.getByRole('alert').filter({ hasText: '配置文件有误' });
  await expect(alert).toContainText('config.json could not be loaded (HTTP 503)');
  await expect(alert).toContainText('页面会自动重试，配置修复后自动恢复。');

  await page.clock.fastForward(60_000);
  await expect(alert).toBeVisible(); // still broken after the first retry at 30 s
  broken = false;
  // Nobody clicks 重试: the next attempt (a minute after the first) finds the file and the screen starts.
  await page.clock.fastForward(60_000);
  await expect(page.getByRole('tab', { name: /网络/ })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

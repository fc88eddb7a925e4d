import type { Page, Route } from '@playwright/test';
import { indicators } from '../../mocks/data';
import { expect, test } from './fixtures';

/** A port nothing listens on: each test decides through page.route how "the API" there misbehaves. */
const API = 'http://localhost:4199/api';
const users = indicators.filter((indicator) => indicator.area === 'users');
const json = (body: unknown, status = 200) => ({
  status,
  contentType: 'application/json',
  headers: { 'Access-Control-Allow-Origin': '*' },
  body: JSON.stringify(body),
});

/** Points the built app at the misbehaving API; the users list gets `misbehave`, everything else a good answer. */
async function liveApi(page: Page, misbehave: (route: Route) => Promise<void> | void) {
  await page.route('**/config.json', (route) =>
    route.fulfill(json({ apiBaseUrl: API, mocks: false, requestTimeoutMs: 1500 })),
  );
  await page.route(`${API}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/indicators') && url.searchParams.get('area') === 'users') return misbehave(route);
    return route.fulfill(json(await goodAnswer(url)));
  });
}

async function goodAnswer(url: URL): Promise<unknown> {
  const { report, highlights } = await import('../../mocks/data');
  const area = url.searchParams.get('area');
  if (url.pathname.endsWith('/report')) return report;
  if (url.pathname.endsWith('/highlights')) return { items: highlights.filter((item) => item.area === area) };
  return { items: indicators.filter((item) => item.area === area) };
}

async function expectUsersAlertAndRestUsable(page: Page, message: string) {
  const section = page.getByRole('region', { name: /用户规模持续增长/ });
  const alert = section.getByRole('alert').first();
  await expect(alert).toContainText(message);
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  const volume = page.getByRole('article', { name: '电信业务总量' });
  await expect(volume.getByText('746.26亿元').first()).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('article', { name: 'Telecom business volume' }).getByText('CNY 74.626 billion').first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /Users keep growing/ })
      .getByRole('alert')
      .first(),
  ).toBeVisible();
}

const cases: [string, (route: Route) => Promise<void> | void, string][] = [
  ['connection refused', (route) => route.abort('connectionrefused'), '无法连接数据接口。'],
  [
    'HTTP 401',
    (route) => route.fulfill(json({ error: { code: 'auth', message: 'login' } }, 401)),
    '需要登录或没有权限',
  ],
  ['HTTP 403', (route) => route.fulfill(json({ error: { code: 'auth', message: 'no' } }, 403)), '需要登录或没有权限'],
  ['HTTP 404', (route) => route.fulfill(json({ error: { code: 'nf', message: 'no' } }, 404)), '数据接口地址不存在'],
  ['HTTP 500', (route) => route.fulfill(json({ error: { code: 'x', message: 'x' } }, 500)), '数据接口暂时不可用。'],
  ['HTTP 503', (route) => route.fulfill(json({ error: { code: 'x', message: 'x' } }, 503)), '数据接口暂时不可用。'],
  ['a request that never answers', () => undefined, '数据接口响应超时。'],
  [
    'truncated JSON',
    (route) => route.fulfill({ ...json(null), body: '{"items": [{"id": "mobile-ph' }),
    '数据接口返回的不是有效数据。',
  ],
  [
    'an HTML login page',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: '<!doctype html><form>登录</form>',
      }),
    '数据接口返回的不是有效数据。',
  ],
  ['{}', (route) => route.fulfill(json({})), '数据接口返回的数据格式不符合约定。'],
  ['wrong types', (route) => route.fulfill(json({ items: [{ id: 42, value: 'many' }] })), '该指标数据无效，暂不显示'],
  [
    'one invalid indicator among valid ones',
    (route) =>
      route.fulfill(
        json({
          items: [
            { ...users[0], observations: [{ date: '2025-07-31', value: 'NaN', derived: false, bound: 'exact' }] },
            ...users.slice(1),
          ],
        }),
      ),
    '该指标数据无效，暂不显示',
  ],
];

for (const [name, misbehave, message] of cases) {
  test(`live mode, ${name}: an alert in the users area, the rest of the page works`, async ({ page, guards }) => {
    guards.expectFailedRequests = [/\/indicators\?area=users/];
    await liveApi(page, misbehave);
    await page.goto('/');
    await expectUsersAlertAndRestUsable(page, message);
  });
}

test('live mode, one invalid indicator: the valid ones still show and no value is guessed', async ({ page }) => {
  const [broken, ...valid] = users;
  if (!broken) throw new Error('no users indicator');
  await liveApi(page, (route) =>
    route.fulfill(
      json({
        items: [
          { ...broken, observations: [{ date: '2025-07-31', value: -1, derived: false, bound: 'exact' }] },
          ...valid,
        ],
      }),
    ),
  );
  await page.goto('/');
  const section = page.getByRole('region', { name: /用户规模持续增长/ });
  await expect(section.getByRole('alert')).toContainText(broken.id);
  await expect(section.getByRole('article', { name: broken.name.zh })).toHaveCount(0);
  await expect(
    section.getByRole('article', { name: '固定宽带接入用户' }).getByText('1797.5万户').first(),
  ).toBeVisible();
});

test('live mode, extreme values and markup-like strings render as plain text and run nothing', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const [first, ...rest] = users;
  await liveApi(page, (route) =>
    route.fulfill(
      json({
        items: [
          {
            ...first,
            name: { zh: hostile, en: hostile },
            observations: [{ date: '2025-07-31', value: 1e20, derived: false, bound: 'exact' }],
            comparisons: [],
            source: { quote: hostile },
          },
          ...rest,
        ],
      }),
    ),
  );
  await page.goto('/');
  const card = page.getByRole('article', { name: hostile });
  await expect(card.getByText('100000000000000000000万户')).toBeVisible();
  await expect(card.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  const box = await card.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
});

test('the page may connect only to itself and the configured API', async ({ page, guards }) => {
  await liveApi(page, (route) => route.fulfill(json({ items: users })));
  await page.goto('/');
  await expect(page.getByRole('article', { name: '移动电话用户' })).toBeVisible();
  const blocked = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.blockedURI));
    const attempt = await fetch('http://localhost:4198/elsewhere').then(
      () => 'sent',
      () => 'refused',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { attempt, violations };
  });
  expect(blocked).toEqual({ attempt: 'refused', violations: ['http://localhost:4198/elsewhere'] });
  // Chromium reports the blocked attempt on the console: expected here, and only here.
  const cspReports = guards.pageErrors.filter((error) => error.includes('http://localhost:4198/elsewhere'));
  expect(cspReports.length).toBeGreaterThan(0);
  guards.pageErrors = guards.pageErrors.filter((error) => !cspReports.includes(error));
});

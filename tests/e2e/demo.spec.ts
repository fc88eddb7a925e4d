import { articleFigures } from '../fixtures/article-figures';
import { expect, test } from './fixtures';

const users = articleFigures.filter((figure) => figure.area === 'users');

test('the built demo shows the users figures from the mock service worker', async ({ page, baseURL }) => {
  const apiResponses: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/'))
      apiResponses.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('离线演示 · 数据摘自报道')).toBeVisible();
  const section = page.getByRole('region', { name: /用户规模持续增长/ });
  for (const figure of users) {
    const card = section.getByRole('article', { name: figure.zh.name });
    await expect(card.getByText(figure.zh.figure, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山西信息通信业“十四五”发展成就');
  await expect(page.getByRole('banner').getByText('数据截至 2025年7月31日', { exact: false })).toBeVisible();
  expect(apiResponses).toContain(`200 ${baseURL}/api/indicators?area=users`);
});

test('an invalid config.json shows a full-page message naming the bad field', async ({ page, guards }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ apiBaseUrl: '/api', mocks: 'yes' }) }),
  );
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('配置文件有误');
  await expect(alert.locator('code')).toHaveText('mocks');
  guards.pageErrors.length = 0;
});

test('in the demo, /data says changing figures needs the data service and sends nothing', async ({ page }) => {
  const adminRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/admin')) adminRequests.push(request.url());
  });
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1, name: '数据管理' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '修改数据需要数据服务' })).toBeVisible();
  await expect(page.getByText('npm run live', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '登录' })).toHaveCount(0);
  expect(adminRequests).toEqual([]);
});

import type { Page } from '@playwright/test';
import { report } from '../../mocks/data';
import { startMockApiServer, type MockApiServer } from '../../mocks/server/create-mock-api-server';
import { messages } from '../setup/messages';
import { articleFigures, type ArticleFigure } from '../fixtures/article-figures';
import { expect, test } from './fixtures';

const users = articleFigures.filter((figure) => figure.area === 'users');
const usersSection = report.areas.find((area) => area.id === 'users')?.heading.zh ?? 'the users area';
const demoBadge = messages.zh.demoData;

/** The card's latest figure, e.g. 4261.7万户 (the card may repeat it, e.g. in its table). */
function latestFigure(page: Page, figure: ArticleFigure) {
  return page
    .getByRole('region', { name: usersSection })
    .getByRole('article', { name: figure.zh.name })
    .getByText(figure.zh.figure, { exact: true })
    .first();
}

let liveApi: MockApiServer;
test.beforeAll(async () => {
  // Port 0: the system picks a free port, so parallel runs and other engineers' servers never collide.
  liveApi = await startMockApiServer({ port: 0, host: 'localhost' });
});
test.afterAll(async () => {
  await liveApi.close();
});

test('with mocks off, the built app reads a live API on another origin (CORS)', async ({ page }) => {
  expect(liveApi.url).toMatch(/^http:\/\/localhost:\d+\/api$/);
  expect(liveApi.port).toBeGreaterThan(0);
  const apiRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/')) apiRequests.push(request.url());
  });
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ apiBaseUrl: liveApi.url, mocks: false }) }),
  );
  await page.goto('/');
  for (const figure of users) await expect(latestFigure(page, figure)).toBeVisible();
  await expect(page.getByText(demoBadge)).toHaveCount(0);
  expect(apiRequests).toContain(`${liveApi.url}/indicators?area=users`);
  expect(apiRequests.every((url) => url.startsWith(`${liveApi.url}/`))).toBe(true);
});

test('?scenario=partial sets the invalid indicator aside and shows the others', async ({ page }) => {
  const invalid = users.at(-1);
  if (!invalid) throw new Error('the users area has no indicators');
  await page.goto('/?scenario=partial');
  await expect(page.getByText(demoBadge, { exact: true })).toBeVisible();
  const section = page.getByRole('region', { name: usersSection });
  await expect(section.getByRole('alert').filter({ hasText: invalid.id })).toBeVisible();
  for (const figure of users.slice(0, -1)) await expect(latestFigure(page, figure)).toBeVisible();
  await expect(section.getByRole('article', { name: invalid.zh.name })).toHaveCount(0);
});

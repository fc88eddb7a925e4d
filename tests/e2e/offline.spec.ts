import { SUBPATH_PORT } from '../../playwright.config';
import { expectEveryAreaFilled } from './area-fill';
import { expect, test } from './fixtures';

test('with every request off this machine blocked, the demo fills every area and asks for nothing outside', async ({
  page,
  guards,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/');
  await expectEveryAreaFilled(page);
  await expect(page.getByText('离线演示 · 数据摘自报道')).toBeVisible();
  expect(guards.offMachineRequests).toEqual([]);
  expect(requested.every((url) => url.startsWith('http://localhost:'))).toBe(true);
});

test('the demo built under a sub-path (/dash/) registers its mock worker there and fills every area', async ({
  page,
}) => {
  await page.goto(`http://localhost:${SUBPATH_PORT}/dash/`);
  await expectEveryAreaFilled(page);
  const registration = await page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    return registrations.map((entry) => ({ scope: entry.scope, script: entry.active?.scriptURL }));
  });
  expect(registration).toEqual([
    {
      scope: `http://localhost:${SUBPATH_PORT}/dash/`,
      script: `http://localhost:${SUBPATH_PORT}/dash/mockServiceWorker.js`,
    },
  ]);
});

import type { Page } from '@playwright/test';
import { startMockApiServer } from '../../mocks/server/create-mock-api-server';
import { expect, test } from './fixtures';

/**
 * What is on a phone's first screen before any data arrives must not move when it does: the header (with the
 * synthetic-data mark of the series scenario), the area index and the top of the content, on a phone and a desktop. A machine-independent
 * guard: the API is held until the placeholders are measured, then released.
 */

const firstScreenComplete = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('first-screen-complete').length > 0);

function measureFrame(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect ? { top: rect.top, height: rect.height } : undefined;
    };
    return { header: box('header'), areaIndex: box('header + nav'), main: box('main')?.top };
  });
}

/** Holds every answer until `release`: the live API's requests, or the demo's mock worker code (nothing answers without it). */
async function holdData(page: Page, mode: 'demo' | 'live', apiUrl: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  if (mode === 'live')
    await page.route('**/config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ apiBaseUrl: apiUrl, mocks: false }) }),
    );
  await page.route(mode === 'live' ? `${apiUrl}/**` : '**/assets/browser-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Lighthouse's phone, and its desktop (where the 更新于 time beside the title once made the title wrap). */
const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1350, height: 940 },
];

for (const viewport of VIEWPORTS)
  for (const mode of ['demo', 'live'] as const) {
    for (const scenario of ['default', 'series'] as const) {
      for (const language of ['zh', 'en'] as const) {
        test(`the header and area index hold their place when the data arrives (${mode}, ${scenario} data, ${language}, ${viewport.width} px)`, async ({
          page,
        }) => {
          const api = await startMockApiServer({
            port: 0,
            host: 'localhost',
            scenario: scenario === 'series' ? 'series' : undefined,
          });
          try {
            await page.setViewportSize(viewport);
            const release = await holdData(page, mode, api.url);
            const search = new URLSearchParams({
              ...(language === 'en' ? { lang: 'en' } : {}),
              ...(mode === 'demo' && scenario === 'series' ? { scenario: 'series' } : {}),
            }).toString();
            await page.goto(search ? `/?${search}` : '/');
            await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
            await expect(page.locator('main [aria-busy="true"]')).toHaveCount(1);
            const placeholders = await measureFrame(page);
            release();
            await firstScreenComplete(page);
            // Positive control: the data is there (with its synthetic-data mark in the series scenario).
            await expect(
              page.getByRole('region', { name: language === 'zh' ? '核心指标' : 'Key figures' }),
            ).toBeVisible();
            if (scenario === 'series')
              await expect(
                page
                  .getByRole('banner')
                  .getByText(language === 'zh' ? '模拟序列（非真实数据）' : 'Illustrative series, not real data', {
                    exact: true,
                  }),
              ).toBeVisible();
            expect(placeholders.header).toBeDefined();
            expect(await measureFrame(page)).toEqual(placeholders);
          } finally {
            await api.close();
          }
        });
      }
    }
  }

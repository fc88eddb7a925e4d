import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { startMockApiServer, type MockApiServer } from '../../mocks/server/create-mock-api-server';
import { expect, test } from './fixtures';

/**
 * A reader exports the briefing deck and workbook from the page (导出 / Export), as an official preparing a 汇报
 * would, and the files hold the figures the page shows: the demo's in demo mode, the API's series in live mode.
 */

const labels = {
  zh: {
    menu: '导出',
    pptx: 'PowerPoint 演示文稿 (.pptx)',
    xlsx: 'Excel 数据表 (.xlsx)',
    sheets: ['指标', '观测值', '说明'],
  },
  en: {
    menu: 'Export',
    pptx: 'PowerPoint deck (.pptx)',
    xlsx: 'Excel workbook (.xlsx)',
    sheets: ['Indicators', 'Observations', 'About'],
  },
} as const;

async function download(page: Page, language: 'zh' | 'en', item: 'pptx' | 'xlsx', scope = page.getByRole('banner')) {
  const menu = scope.getByRole('button', { name: labels[language].menu });
  await expect(menu).toBeEnabled();
  await menu.click();
  const saved = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: labels[language][item] }).click();
  const file = await saved;
  const path = await file.path();
  return { name: file.suggestedFilename(), zip: await JSZip.loadAsync(await readFile(path)) };
}

const partsOf = (zip: JSZip, pattern: RegExp) =>
  Promise.all(
    Object.keys(zip.files)
      .filter((name) => pattern.test(name))
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
      .map((name) => zip.file(name)?.async('string') ?? ''),
  );

for (const language of ['zh', 'en'] as const) {
  test(`the demo exports a deck with native charts and a workbook of every figure (${language})`, async ({ page }) => {
    await page.goto(language === 'en' ? '/?lang=en' : '/');
    const deck = await download(page, language, 'pptx');
    expect(deck.name).toBe(`shanxi-ict-2025-07-31-${language}.pptx`);
    const slides = await partsOf(deck.zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(18);
    expect(await partsOf(deck.zip, /^ppt\/charts\/chart\d+\.xml$/)).toHaveLength(10);
    expect(slides.join('')).toContain(language === 'zh' ? '4261.7万户' : '42.617 million');
    expect(slides.join('')).not.toContain('模拟序列');

    const book = await download(page, language, 'xlsx');
    expect(book.name).toBe(`shanxi-ict-2025-07-31-${language}.xlsx`);
    const workbook = (await book.zip.file('xl/workbook.xml')?.async('string')) ?? '';
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map(([, name]) => name)).toEqual(labels[language].sheets);
    const indicators = (await book.zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(indicators).toMatch(/mobile-phone-users.*?<v>4261\.7<\/v>/);
  });
}

test('the report page exports too, and the menu works from the keyboard', async ({ page }) => {
  await page.goto('/report');
  const menu = page.getByRole('button', { name: '导出' });
  await expect(menu).toBeEnabled();
  await menu.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: labels.zh.pptx })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: labels.zh.xlsx })).toBeFocused();
  const saved = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await saved).suggestedFilename()).toBe('shanxi-ict-2025-07-31-zh.xlsx');
  await expect(menu).toBeFocused();
});

test.describe('live mode against the series scenario', () => {
  let liveApi: MockApiServer;
  test.beforeAll(async () => {
    liveApi = await startMockApiServer({
      port: Number(process.env.E2E_PORT ?? 4180) + 20,
      host: 'localhost',
      scenario: 'series',
    });
  });
  test.afterAll(async () => {
    await liveApi.close();
  });

  test('the files hold the API’s series, every point, marked as illustrative on every slide', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ apiBaseUrl: liveApi.url, mocks: false }),
      }),
    );
    await page.goto('/');
    const deck = await download(page, 'zh', 'pptx');
    const slides = await partsOf(deck.zip, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides.length).toBeGreaterThan(2);
    for (const slide of slides) expect(slide).toContain('模拟序列（非真实数据）');
    expect(slides.join('')).not.toContain('从基础联接到数智赋能');
    // The users chart: mobile and fixed broadband users as lines of 120 monthly points each (2015-08 to 2025-07).
    const users = (await partsOf(deck.zip, /^ppt\/charts\/chart\d+\.xml$/))[1] ?? '';
    expect(users).toContain('<c:lineChart>');
    const caches = [...users.matchAll(/<c:numCache>.*?<c:ptCount val="(\d+)"\/>/gs)].map(([, count]) => count);
    expect(caches).toEqual(['120', '120']);
    expect(users).toContain('<c:v>4261.7</c:v>');

    const book = await download(page, 'zh', 'xlsx');
    const about = (await book.zip.file('xl/worksheets/sheet3.xml')?.async('string')) ?? '';
    expect(about).toContain('模拟序列（非真实数据）');
    const observations = (await book.zip.file('xl/worksheets/sheet2.xml')?.async('string')) ?? '';
    // 17 series of 120 months, the seven 5G and gigabit series from 2019-11 (69 months), four sums since 2021 (55).
    expect(observations.match(/<row /g)).toHaveLength(1 + 17 * 120 + 7 * 69 + 4 * 55);
  });
});

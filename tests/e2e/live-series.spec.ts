import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { startMockApiServer, type MockApiServer } from '../../mocks/server/create-mock-api-server';
import { expect, test } from './fixtures';

/**
 * The IT team's swap to a real API, tried with `npm run mock-api -- --scenario series`: every indicator comes
 * back as a monthly series (120 points, 55 for sums since 2021), and the page must draw trends, not lists.
 */

let liveApi: MockApiServer;
test.beforeAll(async () => {
  liveApi = await startMockApiServer({ port: 0, host: 'localhost', scenario: 'series' });
});
test.afterAll(async () => {
  await liveApi.close();
});

async function openLive(page: Page, search: string) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ apiBaseUrl: liveApi.url, mocks: false }) }),
  );
  await page.goto(`/${search}`);
}

const texts = {
  zh: {
    banner: '模拟序列（非真实数据）',
    users: '用户规模持续增长',
    mobileUsers: '移动电话用户',
    headline: '4261.7万户',
    trendStart: '走势：2015年8月',
    chart: '移动电话用户与固定宽带用户：逐月走势',
    yearTick: '2024年1月',
    monthDate: /\d{4}年\d{1,2}月/,
  },
  en: {
    banner: 'Illustrative series, not real data',
    users: 'Users keep growing',
    mobileUsers: 'Mobile phone users',
    headline: '42.617 million',
    trendStart: 'Trend: Aug 2015',
    chart: 'Mobile and fixed broadband users, month by month',
    yearTick: 'Jan 2024',
    monthDate: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/,
  },
} as const;

for (const language of ['zh', 'en'] as const) {
  test(`in live mode against the series scenario, cards stay compact with sparklines and charts show trends (${language})`, async ({
    page,
  }) => {
    const text = texts[language];
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLive(page, language === 'en' ? '?lang=en' : '');
    await expect(page.getByRole('banner').getByText(text.banner, { exact: true })).toBeVisible();

    const users = page.getByRole('region', { name: text.users });
    const card = users.getByRole('article', { name: text.mobileUsers });
    await expect(card.getByText(text.headline, { exact: true })).toBeVisible();
    await expect(card.getByText(text.banner, { exact: true }).first()).toBeVisible();
    const sparkline = card.getByRole('img');
    await expect(sparkline).toHaveAttribute('aria-label', new RegExp(`^${text.trendStart}`));
    // Control for the "no list of dates" check below: the pattern does match the dates the trend names.
    expect(await sparkline.getAttribute('aria-label')).toMatch(text.monthDate);

    // Every card: one sparkline, no list of dates, and shorter than a phone screen.
    const cards = page.getByRole('article');
    await expect(cards).toHaveCount(28);
    for (const each of await cards.all()) {
      await expect(each.getByRole('img')).toHaveCount(1);
      expect(await each.innerText()).not.toMatch(text.monthDate);
      // Its own height: from 1440 px a card stretches to the height of the row it shares with a chart.
      const ownHeight = await each.evaluate((card) => {
        let item = card as HTMLElement;
        while (item.parentElement && !/flex|grid/.test(getComputedStyle(item.parentElement).display))
          item = item.parentElement;
        const previous = item.style.alignSelf;
        item.style.alignSelf = 'start';
        const height = card.getBoundingClientRect().height;
        item.style.alignSelf = previous;
        return height;
      });
      expect(ownHeight).toBeLessThan(400);
    }

    const chart = page.getByRole('figure', { name: text.chart });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-line')).toHaveCount(2);
    await expect(chart.getByText(text.yearTick, { exact: true })).toBeVisible();
    await expect(chart.getByText(text.banner, { exact: true })).toBeVisible();
  });
}

test('on a 390 px phone the series cards stay compact', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLive(page, '');
  const card = page.getByRole('region', { name: texts.zh.users }).getByRole('article', { name: texts.zh.mobileUsers });
  await expect(card.getByRole('img')).toBeVisible();
  expect((await card.boundingBox())?.height ?? Infinity).toBeLessThan(400);
});

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
const countPdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

for (const language of ['zh', 'en'] as const) {
  test(`the report prints one summary line per series and stays within six A4 pages (${language})`, async ({
    page,
  }) => {
    await openLive(page, `report${language === 'en' ? '?lang=en' : ''}`);
    await expect(page.locator('.recharts-wrapper > svg')).toHaveCount(10, { timeout: 30_000 });
    const main = page.getByRole('main');
    await expect(main).toContainText(texts[language].banner);
    // Mobile phone users: first Aug 2015, latest Jul 2025, and never a list of 120 dates.
    const summary =
      language === 'zh'
        ? /首值 2015年8月 [\d.]+万户；最新 2025年7月 4261\.7万户；变化 \+[\d.]+万户；最低 .+；最高 .+/
        : /First Aug 2015 [\d.]+ million; latest Jul 2025 42\.617 million; change \+[\d.]+ million; lowest .+; highest .+/;
    await expect(main).toContainText(summary);
    // Read whole for a ceiling: every one of the six areas holds a chart, so with ten drawn every area is in (and
    // a page read early could only show fewer dates, never more).
    const text = await main.innerText();
    // Per series its summary's four dated points and its date; per chart at most seven axis ticks: 29 × 5 + 10 × 7.
    // A list of every point would print over 3,000.
    const monthDates = text.match(language === 'zh' ? /\d{4}年\d{1,2}月/g : /\b[A-Z][a-z]{2} \d{4}\b/g) ?? [];
    expect(monthDates.length).toBeLessThanOrEqual(29 * 5 + 10 * 7);
    const pages = countPdfPages(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
  });
}

test('a trend chart downloads as SVG and PNG, and its CSV carries every month, all marked illustrative', async ({
  page,
}) => {
  await openLive(page, '');
  const chart = page.getByRole('figure', { name: texts.zh.chart });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-line')).toHaveCount(2);

  const svgDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: '下载与分享' }).click();
  await chart.getByRole('menuitem', { name: '下载SVG' }).click();
  const svg = (await readFile(await (await svgDownload).path())).toString('utf8');
  expect(svg).toContain(`>${texts.zh.chart}</text>`);
  expect(svg).toContain('>数据来源：模拟序列（非真实数据）</text>');
  // The mark, and a line per series (drawn from the data, in plain colours), the first solid, the second dashed.
  expect(svg).toContain('>模拟序列（非真实数据）</text>');
  expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#[0-9a-f]{6}" stroke-width="2" stroke-linejoin="round"\/>/);
  expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#[0-9a-f]{6}" stroke-width="2" stroke-dasharray="6 3"/);
  expect(svg).toContain('>2024年1月<');
  expect(svg, 'CSS variables do not survive outside the page').not.toContain('var(--');

  const pngDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: '下载与分享' }).click();
  await chart.getByRole('menuitem', { name: '下载PNG' }).click();
  const png = await readFile(await (await pngDownload).path());
  expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');

  const csvDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: '下载与分享' }).click();
  await chart.getByRole('menuitem', { name: '下载CSV' }).click();
  const csv = (await readFile(await (await csvDownload).path())).toString('utf8').trim().split('\r\n');
  expect(csv).toHaveLength(121); // the header and 120 months, Aug 2015 to Jul 2025
  expect(csv[1]?.startsWith('2015-08-31,')).toBe(true);
  expect(csv.at(-1)).toBe('2025-07-31,4261.7,1797.5,模拟序列（非真实数据）');
});

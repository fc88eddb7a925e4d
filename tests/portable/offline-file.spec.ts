import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { indicators, report } from '../../mocks/data';
import { articleFigures, articleHighlights } from '../fixtures/article-figures';
import type { Language } from '../../src/domain/i18n/language';
import { messages } from '../setup/messages';
import { PORTABLE_FILE_NAME, PORTABLE_OUT_DIR } from '../../vite.config';
import JSZip from 'jszip';

const zh = messages.zh;
const filePath = resolve(PORTABLE_OUT_DIR, PORTABLE_FILE_NAME);
const fileUrl = pathToFileURL(filePath).href;
/** The dashboard's seven charts: the article's ten, less the three that repeat the cards beside them. */
const CHART_COUNT = 7;
/** The report draws all ten of the article's charts. */
const REPORT_CHART_COUNT = 10;
const usersChartTitle = '移动电话与固定宽带用户较“十三五”末均有增长';
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Every request the page makes that is not the file itself or something it drew (data:, blob:) is blocked and listed. */
const test = base.extend<{ leaks: string[]; pageErrors: string[] }>({
  leaks: [
    async ({ context, page }, use) => {
      const leaks: string[] = [];
      const insideTheFile = (url: string) => /^(file|data|blob):/.test(url);
      await context.route(
        (url) => !insideTheFile(url.href),
        (route) => {
          leaks.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      page.on('request', (request) => {
        if (!insideTheFile(request.url())) leaks.push(request.url());
      });
      await use(leaks);
      expect(leaks, 'requests that left the file').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      await use(errors);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

async function expectEveryFigure(page: Page, language: Language) {
  for (const figure of articleFigures) {
    const card = page.getByRole('article', { name: figure[language].name, exact: true });
    await expect(card.getByText(figure[language].figure, { exact: true }).first()).toBeVisible();
  }
  for (const highlight of articleHighlights) {
    await expect(page.getByText(highlight[language], { exact: true })).toBeVisible();
  }
}

test('the build writes exactly one file of at most 1.5 MiB, whose policy allows its inline code by hash only', async () => {
  expect(await readdir(PORTABLE_OUT_DIR)).toEqual([PORTABLE_FILE_NAME]);
  expect((await stat(filePath)).size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  const html = await readFile(filePath, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
  expect(policy).toContain("connect-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(html).toMatch(/<script type="module"[^>]*>\S/);
  expect(html).not.toMatch(/<script[^>]+src=/);
  expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
});

test('opened from disk, the dashboard shows every figure, says it is the offline demo, and switches language and theme', async ({
  page,
}) => {
  await page.goto(fileUrl);
  await expectEveryFigure(page, 'zh');
  // The page as a reader copies it (Ctrl+A): areas off screen skip rendering, so innerText alone leaves them out,
  // while a selection draws them.
  await page.keyboard.press('ControlOrMeta+A');
  const text = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  for (const printed of [
    '746.26亿元',
    '4261.7万户',
    '122.9部/百人',
    '全国第8',
    '中部六省第1',
    '90%以上',
    '1122个',
    '9年',
  ]) {
    expect(text).toContain(printed);
  }
  // The build stamps the day (UTC) it ran; the file was written in the same second.
  const builtOn = (await stat(filePath)).mtime;
  const [year, month, day] = [builtOn.getUTCFullYear(), builtOn.getUTCMonth() + 1, builtOn.getUTCDate()];
  await expect(page.getByRole('banner')).toContainText(`离线演示版 · 构建于 ${year}年${month}月${day}日`);
  await expect(page.getByRole('banner')).toContainText(zh.demoData);

  await page.getByRole('combobox', { name: zh.theme }).selectOption({ label: zh.themeChoice.dark });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expectEveryFigure(page, 'en');
  await expect(page.getByRole('banner')).toContainText(`Offline demo · built ${day} ${MONTHS_EN[month - 1]} ${year}`);
});

test('every chart draws, and a chart downloads as CSV, JSON, SVG and PNG from file://', async ({ page }) => {
  await page.goto(fileUrl);
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(CHART_COUNT);
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('figure .recharts-surface[role="application"]')).toHaveCount(CHART_COUNT);

  const chart = page.getByRole('figure', { name: usersChartTitle });
  const download = async (item: string) => {
    const pending = page.waitForEvent('download');
    await chart.getByRole('button', { name: zh.downloadAndShare }).click();
    await chart.getByRole('menuitem', { name: item }).click();
    const file = await pending;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  };
  const csv = await download(zh.downloadCsv);
  expect(csv.name).toBe('users-growth.csv');
  expect(csv.bytes.subarray(3).toString('utf8').split('\r\n')[1]).toBe('移动电话用户,4022.8,4261.7,“十三五”末：推算值');
  const json = await download(zh.downloadJson);
  expect(json.name).toBe('users-growth.json');
  expect(json.bytes.toString('utf8')).toContain('4261.7');
  const svg = await download(zh.downloadSvg);
  expect(svg.name).toBe('users-growth.svg');
  expect(svg.bytes.toString('utf8')).toContain(`>${usersChartTitle}</text>`);
  const png = await download(zh.downloadPng);
  expect(png.name).toBe('users-growth.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(1000);
});

test('the header links move between the dashboard and the big screen by hash, without leaving the file', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(fileUrl);
  await page.getByRole('navigation', { name: zh.briefingModes }).getByRole('link', { name: zh.screenLabel }).click();
  await expect(page).toHaveURL(`${fileUrl}#/screen`);
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(6);
  for (const [index, area] of report.areas.entries()) await expect(tabs.nth(index)).toContainText(area.name.zh);
  await expect(tabs.first()).toContainText('746.26亿元');
  // Held still, so the rotation cannot move the highlight while the chart is counted: at 1920×1080 the panel holds
  // one chart at the wall's label size.
  await page.getByRole('button', { name: zh.pauseCycle }).click();
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').locator('figure .recharts-wrapper > svg')).toHaveCount(1);

  await page.getByRole('link', { name: zh.backToDashboard }).click();
  await expect(page).toHaveURL(`${fileUrl}?lang=zh#/`);
  await expect(page.getByRole('article', { name: '移动电话用户', exact: true })).toContainText('4261.7万户');
});

test('#/report holds every figure and prints on the same six A4 pages as the served report, in both languages', async ({
  page,
}) => {
  await page.goto(`${fileUrl}#/report`);
  await expect(page.getByRole('button', { name: zh.printReport })).toBeEnabled();
  await expect(page.locator('.recharts-wrapper > svg')).toHaveCount(REPORT_CHART_COUNT);
  // Each area commits on its own: every text is waited for itself, not read once after the charts showed.
  const main = page.getByRole('main');
  for (const figure of articleFigures) {
    await expect(main, figure.id).toContainText(figure.zh.figure);
    for (const badge of figure.zh.badges) await expect(main, figure.id).toContainText(badge);
  }
  for (const indicator of indicators) await expect(main, indicator.id).toContainText(indicator.source.quote);
  // The served report prints on six A4 pages in both languages: a summary page, then the areas (issue 23).
  const expectSixA4Pages = async () => {
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(6);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595\.9\d*\s+842\.8\d*\s*\]/);
  };
  await expectSixA4Pages();

  await page.goto(`${fileUrl}?lang=en#/report`);
  await expect(page.getByRole('button', { name: messages.en.printReport })).toBeEnabled();
  await expect(page.locator('.recharts-wrapper > svg')).toHaveCount(REPORT_CHART_COUNT);
  await expect(page.getByRole('main')).toContainText('42.617 million');
  await expectSixA4Pages();
});

test('#/embed/<id> shows one figure alone in the asked language and theme, and a chart embeds too', async ({
  page,
}) => {
  await page.goto(`${fileUrl}?lang=en&theme=dark#/embed/mobile-phone-users`);
  const card = page.getByRole('article', { name: 'Mobile phone users' });
  await expect(card.getByText('42.617 million', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.goto(`${fileUrl}#/embed/chart-users-growth`);
  const chart = page.getByRole('figure', { name: usersChartTitle });
  await expect(chart.locator('.recharts-wrapper > svg')).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(1);
});

test('复制链接 in the file copies the address of that figure inside the same file', async ({ page }) => {
  await page.addInitScript(() => {
    const copied: string[] = [];
    Object.defineProperty(window, 'copiedText', { value: copied });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
    });
  });
  await page.goto(fileUrl);
  const card = page.getByRole('article', { name: '移动电话用户' });
  await card.getByText(zh.showSource).click();
  await card.getByRole('button', { name: '复制链接' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { copiedText: string[] }).copiedText))
    .toEqual([`${fileUrl}?lang=zh#/embed/mobile-phone-users`]);
});

for (const address of ['?scenario=error', '#/?scenario=error']) {
  test(`a mock scenario works from the file (${address}): the page says the data service failed and offers retry`, async ({
    page,
  }) => {
    await page.goto(`${fileUrl}${address}`);
    const alert = page.getByRole('alert').first();
    await expect(alert).toContainText('报告信息加载失败');
    await expect(alert).toContainText('数据接口暂时不可用。');
    await expect(page.getByRole('button', { name: zh.retry }).first()).toBeVisible();
    await expect(page.getByRole('article', { name: '移动电话用户', exact: true })).toHaveCount(0);
    // Control: without the scenario the same card is there (about:blank first: a new hash alone would not reload).
    await page.goto('about:blank');
    await page.goto(fileUrl);
    await expect(page.getByRole('article', { name: '移动电话用户', exact: true })).toHaveCount(1);
  });
}

test('导出 works from the file with no network: the deck with its native charts and the workbook', async ({ page }) => {
  await page.goto(fileUrl);
  const menu = page.getByRole('banner').getByRole('button', { name: '导出' });
  for (const [item, name, part] of [
    ['PowerPoint 演示文稿 (.pptx)', 'shanxi-ict-2025-07-31-zh.pptx', 'ppt/charts/chart10.xml'],
    ['Excel 数据表 (.xlsx)', 'shanxi-ict-2025-07-31-zh.xlsx', 'xl/worksheets/sheet1.xml'],
  ] as const) {
    await expect(menu).toBeEnabled();
    await menu.click();
    const saved = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    const file = await saved;
    expect(file.suggestedFilename()).toBe(name);
    const zip = await JSZip.loadAsync(await readFile(await file.path()));
    expect(zip.file(part), part).not.toBeNull();
  }
});

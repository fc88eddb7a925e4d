import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { indicators, report } from '../../mocks/data';
import { messages } from '../setup/messages';
import { articleCredit, articleFigures } from '../fixtures/article-figures';
import { expect, test } from './fixtures';

const zh = messages.zh;
const usersChartTitle = '移动电话与固定宽带用户较“十三五”末均有增长';
const CHART_COUNT = 10;
/** The big screen's status line: a new area every 15 s (the default), held 15 s after the last interaction. */
const CYCLE_STATUS = {
  running: '自动轮播：每15秒切换',
  pausedByInteraction: '已暂停：无操作15秒后继续',
  pausedByUser: '已暂停轮播',
};
/** recharts arrives in its own chunk after the cards; on a busy 2-core machine that can take a few seconds. */
const CHART_LOAD_MS = 15_000;

async function expectNoScrollbars(page: Page) {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.innerHeight);
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). Uncompressed in Chromium's output. */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
]) {
  test(`the big screen fits ${viewport.width}×${viewport.height} without scrollbars and keeps 16:9`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/screen');
    const canvas = page.getByRole('main', { name: new RegExp(zh.screenLabel) });
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveText(report.title.zh);
    await expect(canvas.getByRole('tab')).toHaveCount(6);
    await expect(canvas.getByRole('tabpanel').locator('.recharts-wrapper > svg').first()).toBeVisible({
      timeout: CHART_LOAD_MS,
    });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await expectNoScrollbars(page);
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the screen canvas has no box');
    expect(box.width / box.height).toBeCloseTo(16 / 9, 2);
    expect(box.x).toBeGreaterThanOrEqual(-0.5);
    expect(box.y).toBeGreaterThanOrEqual(-0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
    // Letterboxed: one side fills the display exactly.
    expect(Math.max(box.width / viewport.width, box.height / viewport.height)).toBeCloseTo(1, 2);
  });
}

test('the big screen shows each area’s headline figure and works from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/screen');
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(6);
  for (const [index, area] of report.areas.entries()) {
    await expect(tabs.nth(index)).toContainText(area.name.zh);
  }
  await expect(tabs.first()).toContainText('746.26亿元');
  await expect(page.getByRole('status')).toContainText(CYCLE_STATUS.running);

  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText(report.areas[1]?.heading.zh ?? '');
  await expect(page.getByRole('status')).toContainText(CYCLE_STATUS.pausedByInteraction);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { selected: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(2)).toBeFocused();
  await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');

  const pause = page.getByRole('button', { name: zh.pauseCycle });
  await pause.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(CYCLE_STATUS.pausedByUser);
  await expect(page.getByRole('button', { name: zh.resumeCycle })).toBeFocused();
  await expect(page.getByRole('button', { name: zh.enterFullscreen })).toBeVisible();
});

test('the report prints on at most six A4 pages and holds every figure with its comparison and sentence', async ({
  page,
}) => {
  await page.goto('/report');
  await expect(page.getByRole('button', { name: zh.printReport })).toBeEnabled();
  await expect(page.locator('.recharts-wrapper > svg')).toHaveCount(CHART_COUNT, { timeout: CHART_LOAD_MS });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  // Each area commits on its own: every text is waited for itself, not read once after the charts showed.
  const main = page.getByRole('main');
  for (const figure of articleFigures) {
    await expect(main, figure.id).toContainText(figure.zh.name);
    await expect(main, figure.id).toContainText(figure.zh.figure);
    for (const badge of figure.zh.badges) await expect(main, figure.id).toContainText(badge);
  }
  for (const indicator of indicators) await expect(main, indicator.id).toContainText(indicator.source.quote);
  await expect(main).toContainText('数据截至 2025年7月31日');
  for (const area of report.areas) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(area.heading.zh) })).toBeVisible();
  }

  // Page numbers come from the report's own @page margin boxes, as they do for window.print; Chromium's
  // displayHeaderFooter would print them twice.
  // Letter unless the report's own `@page { size: A4 portrait }` wins: the page size is the app's, not the test's.
  const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = countPdfPages(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(6);
  // A4 portrait in PDF points (210 × 297 mm ≈ 595 × 842); Letter would be 612 × 792.
  const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect([Math.round(Number(mediaBox?.[1])), Math.round(Number(mediaBox?.[2]))]).toEqual([595, 842]);
});

test('a chart downloads as SVG and as a 2× PNG with its title, source line and date drawn in', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByRole('figure', { name: usersChartTitle });
  await chart.scrollIntoViewIfNeeded();
  // The image is drawn from the chart's data at the width the chart has on the page.
  const figureWidth = await chart.evaluate((figure) => figure.getBoundingClientRect().width);

  const svgDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: zh.downloadAndShare }).click();
  await chart.getByRole('menuitem', { name: zh.downloadSvg }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('users-growth.svg');
  const svg = (await readFile(await svgFile.path())).toString('utf8');
  expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain(`>${usersChartTitle}</text>`);
  expect(svg).toContain('数据截至 2025年7月31日');
  // The source line may wrap onto two <text> lines; its start and its last words are both there.
  expect(svg).toContain('>数据来源：《从基础联接到数智赋能');
  expect(svg).toContain('4261.7万户');
  // Colours are written out as hex (the control), and CSS variables, which do not survive outside the page, are not.
  expect(svg).toMatch(/fill="#[0-9a-f]{6}"/);
  expect(svg, 'CSS variables do not survive outside the page').not.toContain('var(--');
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  expect(svgWidth).toBe(Math.ceil(figureWidth));
  // 16 px padding above and below, one 22 px title line, two 17 px note lines, and the chart between them.
  expect(svgHeight).toBeGreaterThan(2 * 16 + 22 + 2 * 17 + 100);

  const pngDownload = page.waitForEvent('download');
  await chart.getByRole('button', { name: zh.downloadAndShare }).click();
  await chart.getByRole('menuitem', { name: zh.downloadPng }).click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe('users-growth.png');
  const png = await readFile(await pngFile.path());
  expect(png.length).toBeGreaterThan(1000);
  expect(pngSize(png)).toEqual({ width: svgWidth * 2, height: svgHeight * 2 });

  expect(svg.replace(/<\/text><text[^>]*>/g, '')).toContain(articleCredit.zh);
});

test('a figure embeds alone, in the asked language and theme, fetching only from this site', async ({
  page,
  baseURL,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/embed/mobile-phone-users?lang=en&theme=dark');
  const card = page.getByRole('article', { name: 'Mobile phone users' });
  await expect(card.getByText('42.617 million', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByText(articleCredit.en, { exact: false })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  const origin = new URL(baseURL ?? '').origin;
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  expect(requested.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual(
    expect.arrayContaining([`${origin}/api/indicators/mobile-phone-users`]),
  );
});

test('a chart embeds alone with its source line', async ({ page }) => {
  await page.goto('/embed/chart-users-growth');
  const chart = page.getByRole('figure', { name: usersChartTitle });
  await expect(chart.locator('.recharts-wrapper > svg')).toBeVisible({ timeout: CHART_LOAD_MS });
  await expect(chart.getByText(articleCredit.zh)).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(1);
});

test('an unknown id says so, in the reader’s language', async ({ page, guards }) => {
  guards.expectFailedRequests = [/\/api\/indicators\/no-such-figure/]; // the API answers 404 for the unknown id
  await page.goto('/embed/no-such-figure?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(messages.en.embedNotFoundTitle);
  await expect(alert).toContainText('no-such-figure');

  await page.goto('/embed/chart-no-such-chart');
  await expect(page.getByRole('alert')).toContainText(zh.embedNotFoundTitle);
});

test('a card’s link button copies the address of its embed', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const card = page.getByRole('article', { name: '移动电话用户' });
  await card.getByText(zh.showSource).click();
  await card.getByRole('button', { name: zh.copyLink }).click();
  await expect(card.getByRole('status')).toHaveText(zh.linkCopied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(baseURL ?? '').origin}/embed/mobile-phone-users?lang=zh`);

  await page.goto(copied);
  await expect(page.getByRole('article', { name: '移动电话用户' })).toBeVisible();
});

test('printing the dashboard hides the controls and opens every source sentence', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('article', { name: '移动电话用户' });
  const quote = indicators.find((indicator) => indicator.id === 'mobile-phone-users')?.source.quote ?? '';
  await expect(card.getByText(quote)).toBeHidden();
  // On screen every control is there (the control for the checks below that print hides them).
  const controls = [
    page.getByRole('navigation', { name: zh.areaNav }),
    page.getByRole('combobox', { name: zh.theme }),
    page.getByRole('button', { name: zh.switchLanguage }),
    page.getByRole('button', { name: zh.downloadAndShare }).first(),
    card.getByRole('button', { name: zh.copyLink }),
  ];
  await card.getByText(zh.showSource).click();
  for (const control of controls) await expect(control).toBeVisible({ timeout: CHART_LOAD_MS });
  await card.getByText(zh.showSource).click();
  await expect(card.getByText(quote)).toBeHidden();
  const cardBackground = () => card.evaluate((element) => getComputedStyle(element).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const lightBackground = await cardBackground();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(card.getByText(quote)).toBeVisible();
  for (const control of controls) await expect(control).toBeHidden();
  expect(await cardBackground(), 'light colours in print, even in dark mode').toBe(lightBackground);
});

test('the dashboard’s first load leaves recharts and the briefing modes to lazy chunks', async () => {
  const html = await readFile('dist/index.html', 'utf8');
  const entry = /<script type="module"[^>]* src="\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/index.html');
  // The entry and everything it imports statically (dynamic import("…") calls are left out: they load on demand).
  const pending = [entry];
  const loaded = new Set<string>();
  let code = '';
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (loaded.has(file)) continue;
    loaded.add(file);
    const script = await readFile(`dist/${file}`, 'utf8');
    code += script;
    const directory = file.slice(0, file.lastIndexOf('/') + 1);
    for (const [, imported] of script.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      pending.push(`${directory}${imported}`);
  }
  // Controls: the walk read React and the app's start-up code, and each marker below is in the build, only later.
  expect(loaded.size).toBeGreaterThan(1);
  expect(code).toContain('react.transitional.element');
  expect(code).toContain('config.json');
  const everything = (
    await Promise.all(
      (await readdir('dist/assets'))
        .filter((name) => name.endsWith('.js'))
        .map((name) => readFile(`dist/assets/${name}`, 'utf8')),
    )
  ).join('');
  for (const lazyMarker of ['recharts-surface', 'screen-cycle-progress', 'report-sheet']) {
    expect(everything, `${lazyMarker} is in some chunk of the build`).toContain(lazyMarker);
    expect(code, `${lazyMarker} is not in the first load`).not.toContain(lazyMarker);
  }
});

for (const path of [
  '/screen',
  '/report',
  '/embed/mobile-phone-users?theme=dark',
  '/embed/chart-compute-ranks?lang=en',
]) {
  test(`axe finds no WCAG 2.2 A/AA or best-practice violation on ${path}`, async ({ page }) => {
    test.setTimeout(120_000); // a full-page axe scan takes a while on this 2-core machine
    await page.goto(path);
    await expect(page.locator('.recharts-wrapper > svg, article').first()).toBeVisible({ timeout: CHART_LOAD_MS });
    if (path === '/report')
      await expect(page.locator('.recharts-wrapper > svg')).toHaveCount(CHART_COUNT, { timeout: CHART_LOAD_MS });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
      // An embed is a fragment of its host page, which has the h1; one inside the iframe would be a second.
      .disableRules(path.startsWith('/embed/') ? ['page-has-heading-one'] : [])
      .analyze();
    const summary = results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the big screen does not rotate by itself and draws no progress bar', async ({ page }) => {
    await page.goto('/screen');
    await expect(page.getByRole('tab')).toHaveCount(6);
    await expect(page.getByRole('status')).toContainText(CYCLE_STATUS.pausedByUser);
    await expect(page.getByRole('button', { name: zh.resumeCycle })).toBeVisible();
    await expect(page.locator('.screen-cycle-progress')).toHaveCount(0);
    // The bar exists under that name: pressed, the rotation runs and draws it.
    await page.getByRole('button', { name: zh.resumeCycle }).click();
    await expect(page.locator('.screen-cycle-progress')).toHaveCount(1);
  });
});

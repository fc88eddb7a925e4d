import { readFile } from 'node:fs/promises';
import { drawEveryChart, expectEveryAreaFilled } from './area-fill';
import type { Page } from '@playwright/test';
import { report } from '../../mocks/data';
import type { Language } from '../../src/domain/i18n/language';
import { articleFigures, articleHighlights, cardLabels } from '../fixtures/article-figures';
import { expect, test } from './fixtures';

/** The dashboard's charts, counted by hand: ten. */
/** The article's ten charts, less the three the dashboard leaves out because they repeat the cards beside them. */
const CHART_COUNT = 7;

/** Every card shows the article's figures exactly as the hand-written fixture says a reader sees them. */
async function expectEveryFigure(page: Page, language: Language) {
  for (const figure of articleFigures) {
    const text = figure[language];
    const card = page.getByRole('article', { name: text.name, exact: true });
    await expect(card.getByText(text.figure, { exact: true }).first()).toBeVisible();
    const badges = card.getByRole('list', { name: cardLabels[language].comparisons }).getByRole('listitem');
    if (text.badges.length > 0) await expect(badges).toHaveText(text.badges);
    else await expect(badges).toHaveCount(0);
    for (const before of text.before) await expect(card.getByText(before.text, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByRole('article')).toHaveCount(articleFigures.length);
  for (const highlight of articleHighlights) {
    await expect(page.getByText(highlight[language], { exact: true })).toBeVisible();
  }
}

test('every figure of the article is visible, in Chinese and in English', async ({ page }) => {
  await page.goto('/');
  await expectEveryFigure(page, 'zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expectEveryFigure(page, 'en');
});

test('the language and the colour theme are remembered when the page is opened again without ?lang=', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: '配色' }).selectOption({ label: '深色' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?lang=en/);

  await page.goto('/');
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Colours' })).toHaveValue('dark');
  await expect(
    page
      .getByRole('article', { name: 'Mobile phone users', exact: true })
      .getByText('42.617 million', { exact: true })
      .first(),
  ).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('combobox', { name: '配色' }).selectOption({ label: '浅色' });
  await page.reload();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(
    page.getByRole('article', { name: '移动电话用户', exact: true }).getByText('4261.7万户').first(),
  ).toBeVisible();
});

test('a chart switches to its table and downloads its data as CSV with a BOM', async ({ page }) => {
  await page.goto('/');
  const chart = page.getByRole('figure', { name: '移动电话与固定宽带用户较“十三五”末均有增长' });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  const bars = chart.locator('.recharts-bar-rectangle path');
  await expect(bars).toHaveCount(4);
  const widths = await bars.evaluateAll((paths) => paths.map((path) => (path as SVGGraphicsElement).getBBox().width));
  expect(widths.every((width) => width > 0)).toBe(true);

  await chart.getByRole('button', { name: '表格' }).click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('row', { name: /移动电话用户/ })).toContainText('4022.8万户（推算值）');
  await expect(table.getByRole('row', { name: /移动电话用户/ })).toContainText('4261.7万户');

  const downloadPromise = page.waitForEvent('download');
  await chart.getByRole('button', { name: '下载与分享' }).click();
  await chart.getByRole('menuitem', { name: '下载CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('users-growth.csv');
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('指标,“十三五”末（万户）,2025年7月31日（万户）,备注');
  expect(lines[1]).toBe('移动电话用户,4022.8,4261.7,“十三五”末：推算值');
  expect(lines[2]).toBe('固定宽带接入用户,1252.1,1797.5,“十三五”末：推算值');
});

test('the area index jumps to an area and survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '板块导航' }).getByRole('link', { name: '算力' }).click();
  await expect(page).toHaveURL(/#compute$/);
  await page.reload();
  await expect(page.getByRole('heading', { name: /算力基础设施建设成效显著/ })).toBeInViewport();
  expect(report.areas).toHaveLength(6);
});

const firstScreenFigures = {
  zh: ['746.26亿元', '4261.7万户', '11.5万个', '全国第8', '90%以上', '96%'],
  en: ['CNY 74.626 billion', '42.617 million', '115,000', '8th nationally', '90% or more', '96%'],
};

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const language of ['zh', 'en'] as const) {
      test(`the six key figures are on the first screen, linking to their areas (${language})`, async ({ page }) => {
        await page.goto(language === 'en' ? '/?lang=en' : '/');
        const band = page.getByRole('region', { name: language === 'en' ? 'Key figures' : '核心指标' });
        await expect(band.getByRole('link')).toHaveCount(6);
        for (const figure of firstScreenFigures[language]) {
          await expect(band.getByText(figure, { exact: true })).toBeInViewport({ ratio: 1 });
        }
        for (const link of await band.getByRole('link').all()) await expect(link).toBeInViewport({ ratio: 1 });
        if (viewport.width >= 1440) {
          // And the first area's cards below them: name and figure whole on the first screen (the card's box now
          // stretches to the chart beside it, so its empty bottom may run past the fold).
          const firstAreaCards: [string, string][] =
            language === 'en'
              ? [
                  ['Telecom business volume', 'CNY 74.626 billion'],
                  ['Telecom business revenue', 'CNY 137.09 billion'],
                ]
              : [
                  ['电信业务总量', '746.26亿元'],
                  ['电信业务收入', '1370.9亿元'],
                ];
          for (const [name, figure] of firstAreaCards) {
            const card = page.getByRole('article', { name });
            await expect(card.getByRole('heading', { name })).toBeInViewport({ ratio: 1 });
            await expect(card.getByText(figure, { exact: true })).toBeInViewport({ ratio: 1 });
          }
        }
        await band.getByRole('link').nth(3).click();
        await expect(page).toHaveURL(/#compute$/);
      });
    }
  });
}

test('the page keeps its chrome quiet: one menu per chart and at most 90 visible controls', async ({ page }) => {
  await page.goto('/');
  await expectEveryAreaFilled(page);
  await drawEveryChart(page, CHART_COUNT);
  for (const figure of await page.getByRole('figure').all()) {
    await expect(figure.getByRole('button')).toHaveText(['图表', '表格', '下载与分享']);
  }
  const visibleControls = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary')].filter(
        (element) => {
          const box = element.getBoundingClientRect();
          return element.checkVisibility({ visibilityProperty: true }) && box.width > 1 && box.height > 1;
        },
      ).length,
  );
  expect(visibleControls).toBeLessThanOrEqual(90);
});

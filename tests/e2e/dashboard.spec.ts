import { readFile } from 'node:fs/promises';
import { highlights, indicators, report } from '../../mocks/data';
import { badgeComparisons, headlineFigure } from '../../src/widgets/indicators/headline-figure';
import { formatComparison, formatObservation } from '../../src/lib/format';
import type { Language } from '../../src/lib/i18n/language';
import { chartDefinitions } from '../../src/widgets/charts/chart-definitions';
import { drawEveryChart, expectEveryAreaFilled } from './area-fill';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function expectEveryFigure(page: Page, language: Language) {
  for (const indicator of indicators) {
    const card = page.getByRole('article', { name: indicator.name[language], exact: true });
    await expect(card.getByText(headlineFigure(indicator, language), { exact: true }).first()).toBeVisible();
    for (const comparison of badgeComparisons(indicator)) {
      await expect(card.getByText(formatComparison(comparison, indicator, language), { exact: true })).toBeVisible();
    }
    for (const observation of indicator.observations.length > 1 ? indicator.observations : []) {
      await expect(
        card.getByText(formatObservation(observation, indicator, language), { exact: true }).first(),
      ).toBeVisible();
    }
  }
  for (const highlight of highlights) {
    await expect(page.getByText(highlight.title[language], { exact: true })).toBeVisible();
  }
}

test('every figure of the article is visible, in Chinese and in English', async ({ page }) => {
  await page.goto('/');
  await expectEveryFigure(page, 'zh');
  const text = await page.locator('main').innerText();
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

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\?lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expectEveryFigure(page, 'en');

  await page.reload();
  await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('article', { name: '移动电话用户' }).getByText('4261.7万户').first()).toBeVisible();
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
  await expect(table.getByRole('row', { name: /移动电话用户/ })).toContainText('4022.8万户 (推算值)');
  await expect(table.getByRole('row', { name: /移动电话用户/ })).toContainText('4261.7万户');

  const downloadPromise = page.waitForEvent('download');
  await chart.getByRole('button', { name: '下载与分享' }).click();
  await chart.getByRole('menuitem', { name: '下载CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('users-growth.csv');
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('指标,“十三五”末 (万户),2025年7月31日 (万户),备注');
  expect(lines[1]).toBe('移动电话用户,4022.8,4261.7,“十三五”末: 推算值');
  expect(lines[2]).toBe('固定宽带接入用户,1252.1,1797.5,“十三五”末: 推算值');
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
          // And the first area's cards below them.
          for (const name of language === 'en'
            ? ['Telecom business volume', 'Telecom business revenue']
            : ['电信业务总量', '电信业务收入']) {
            await expect(page.getByRole('article', { name })).toBeInViewport({ ratio: 1 });
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
  await drawEveryChart(page, chartDefinitions.length);
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

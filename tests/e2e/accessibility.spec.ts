import AxeBuilder from '@axe-core/playwright';
import { chartDefinitions } from '../../src/features/charts/chart-definitions';
import { report } from '../../mocks/data';
import { drawEveryChart, expectEveryAreaFilled } from './area-fill';
import { expect, test } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const language of ['zh', 'en'] as const) {
      test(`axe finds no WCAG 2.2 A/AA or best-practice violation (${language}, data loaded)`, async ({ page }) => {
        test.setTimeout(120_000); // a full-page axe scan takes ~20 s on this 2-core machine
        await page.goto(language === 'en' ? '/?lang=en' : '/');
        await expectEveryAreaFilled(page);
        await drawEveryChart(page, chartDefinitions.length);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
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
  });
}

test('a keyboard alone reaches every area, every chart table toggle and every download', async ({ page }) => {
  await page.goto('/');
  await expectEveryAreaFilled(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();

  const reached = new Set<string>();
  for (let step = 0; step < 400; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'body';
      const figure = element.closest('figure');
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      return `${figure ? `${figure.id} ` : ''}${element.tagName.toLowerCase()} ${label}`;
    });
    if (focused === 'body' && step > 10) break;
    reached.add(focused);
  }
  for (const area of report.areas) expect(reached, area.id).toContain(`a ${area.name.zh}`);
  for (const definition of chartDefinitions) {
    for (const button of ['表格', '下载CSV', '下载JSON']) {
      expect(reached, `${definition.id} ${button}`).toContain(`chart-${definition.id} button ${button}`);
    }
  }

  const table = page.getByRole('figure', { name: /移动电话与固定宽带用户/ }).getByRole('button', { name: '表格' });
  await table.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('figure', { name: /移动电话与固定宽带用户/ }).getByRole('table')).toBeVisible();
  const download = page.waitForEvent('download');
  await page
    .getByRole('figure', { name: /移动电话与固定宽带用户/ })
    .getByRole('button', { name: '下载CSV' })
    .focus();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('users-growth.csv');

  await page.getByRole('navigation', { name: '板块导航' }).getByRole('link', { name: '普惠' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inclusion$/);
  await expect(page.getByRole('heading', { name: /智慧点亮新图景/ })).toBeInViewport();
});

test('every chart carries a text alternative that states its values', async ({ page }) => {
  await page.goto('/');
  await expectEveryAreaFilled(page);
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(chartDefinitions.length);
  const usersChart = page.getByRole('figure', { name: /移动电话与固定宽带用户/ });
  await usersChart.scrollIntoViewIfNeeded();
  await expect(usersChart.locator('.sr-only')).toHaveText(
    '移动电话用户：“十三五”末 4022.8万户 (推算值)，2025年7月31日 4261.7万户；固定宽带接入用户：“十三五”末 1252.1万户 (推算值)，2025年7月31日 1797.5万户',
  );
  await expect(usersChart.locator('svg.recharts-surface[role="application"] > desc')).toHaveText(/4261\.7万户/);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('loading placeholders do not pulse', async ({ page }) => {
    await page.goto('/?scenario=slow');
    const placeholder = page.locator('.animate-pulse').first();
    await expect(placeholder).toBeAttached();
    expect(await placeholder.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  });
});

import AxeBuilder from '@axe-core/playwright';
import { indicators, report } from '../../mocks/data';
import { drawEveryChart, expectEveryAreaFilled } from './area-fill';
import { expect, test } from './fixtures';

/** The dashboard's charts, written out by hand: ten. */
const CHART_IDS = [
  'users-growth',
  'users-shares',
  'network-base-stations',
  'network-ports',
  'network-optical-cable',
  'inclusion-village-5g',
  'inclusion-rural-broadband',
];
/** The article's ten charts, less the three the dashboard leaves out because they repeat the cards beside them. */
const CHART_COUNT = 7;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const language of ['zh', 'en'] as const) {
      test(`axe finds no WCAG 2.2 A/AA or best-practice violation (${language}, data loaded)`, async ({ page }) => {
        test.setTimeout(120_000); // a full-page axe scan takes ~20 s on this 2-core machine
        await page.goto(language === 'en' ? '/?lang=en' : '/');
        await expectEveryAreaFilled(page);
        await drawEveryChart(page, CHART_COUNT);
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

    test('an open download menu and an open source panel have no violation either', async ({ page }) => {
      await page.goto('/');
      const card = page.getByRole('article', { name: '移动电话用户' });
      await card.getByText('查看出处').click();
      await expect(card.getByRole('button', { name: '复制链接' })).toBeVisible();
      const chart = page.getByRole('figure', { name: /移动电话与固定宽带用户/ });
      await chart.scrollIntoViewIfNeeded();
      await chart.getByRole('button', { name: '下载与分享' }).click();
      await expect(chart.getByRole('menuitem')).toHaveCount(5);
      await expect(chart.getByRole('menuitem', { name: '下载CSV' })).toBeFocused();
      const results = await new AxeBuilder({ page })
        .include('#chart-users-growth')
        .include('#indicator-mobile-phone-users')
        .withTags(WCAG_TAGS)
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  });
}

test('a keyboard alone reaches every area, key figure, source, chart table toggle and download menu', async ({
  page,
}) => {
  await page.goto('/');
  await expectEveryAreaFilled(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();

  const reached = new Set<string>();
  let sourceToggles = 0;
  for (let step = 0; step < 400; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return 'body';
      const place = element.closest('figure, article, section');
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      return `${place?.id ? `${place.id} ` : ''}${element.tagName.toLowerCase()} ${label}`;
    });
    if (focused === 'body' && step > 10) break;
    if (/^indicator-\S+ summary 查看出处$/.test(focused)) sourceToggles += 1;
    reached.add(focused);
  }
  for (const area of report.areas) expect(reached, area.id).toContain(`a ${area.name.zh}`);
  for (const area of report.areas) {
    const keyFigure = [...reached].find((entry) => entry.startsWith(`key-figures a ${area.name.zh}`));
    expect(keyFigure, `key figure of ${area.id}`).toBeDefined();
  }
  expect(sourceToggles).toBe(indicators.length);
  expect(CHART_IDS).toHaveLength(CHART_COUNT);
  for (const id of CHART_IDS) {
    for (const button of ['表格', '下载与分享']) {
      expect(reached, `${id} ${button}`).toContain(`chart-${id} button ${button}`);
    }
  }

  const chart = page.getByRole('figure', { name: /移动电话与固定宽带用户/ });
  await chart.getByRole('button', { name: '表格' }).focus();
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('table')).toBeVisible();

  // The download menu: ↓ moves, Escape closes it and gives focus back to its button, Enter downloads.
  const menuButton = chart.getByRole('button', { name: '下载与分享' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('menuitem', { name: '下载CSV' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(chart.getByRole('menuitem', { name: '下载JSON' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(chart.getByRole('menuitem', { name: '复制链接' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chart.getByRole('menu')).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('ArrowDown');
  await expect(chart.getByRole('menuitem', { name: '下载CSV' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('users-growth.csv');
  await expect(menuButton).toBeFocused();

  // A card's link sits in its source panel: open the panel, and the next Tab reaches the link button.
  const card = page.getByRole('article', { name: '移动电话用户' });
  await card.getByText('查看出处').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: '复制链接' })).toBeFocused();

  await page.getByRole('navigation', { name: '板块导航' }).getByRole('link', { name: '普惠' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inclusion$/);
  await expect(page.getByRole('heading', { name: /智慧点亮新图景/ })).toBeInViewport();
});

test('every chart carries a text alternative that states its values', async ({ page }) => {
  await page.goto('/');
  await expectEveryAreaFilled(page);
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(CHART_COUNT);
  const usersChart = page.getByRole('figure', { name: /移动电话与固定宽带用户/ });
  await usersChart.scrollIntoViewIfNeeded();
  await expect(usersChart.locator('.sr-only')).toHaveText(
    '移动电话用户：“十三五”末 4022.8万户（推算值），2025年7月31日 4261.7万户；固定宽带接入用户：“十三五”末 1252.1万户（推算值），2025年7月31日 1797.5万户',
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

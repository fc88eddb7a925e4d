import type { Page } from '@playwright/test';
import { drawEveryChart } from './area-fill';
import { expect, test } from './fixtures';

/**
 * Holes in each area's grid and the highlight grids, measured as drawn: rows (items sharing a top edge) must fill
 * the container's width, and an item must not end far above the row below when a taller neighbour sits beside it.
 */
async function measureGridHoles(page: Page) {
  return page.locator('main').evaluate((main) => {
    const ROW_TOLERANCE_PX = 4;
    const BLANK_BELOW_LIMIT_PX = 24;
    const grids = [...main.querySelectorAll<HTMLElement>('section[id] .grid')].filter(
      (grid) => ['grid', 'flex'].includes(getComputedStyle(grid).display) && grid.children.length > 1,
    );
    const holes: string[] = [];
    for (const grid of grids) {
      const name = `${grid.closest('section')?.id ?? '?'} ${grid.tagName.toLowerCase()}`;
      const width = grid.clientWidth;
      const gap = parseFloat(getComputedStyle(grid).columnGap) || 0;
      const items = [...grid.children].map((child) => child.getBoundingClientRect()).filter((box) => box.width > 0);
      const rows = new Map<number, DOMRect[]>();
      for (const box of items) {
        const key = [...rows.keys()].find((top) => Math.abs(top - box.top) < 2) ?? box.top;
        rows.set(key, [...(rows.get(key) ?? []), box]);
      }
      const tops = [...rows.keys()].sort((a, b) => a - b);
      tops.forEach((top, index) => {
        const row = rows.get(top) ?? [];
        const filled = row.reduce((sum, box) => sum + box.width, 0) + gap * (row.length - 1);
        if (Math.abs(filled - width) > ROW_TOLERANCE_PX)
          holes.push(`${name} row ${index + 1}: ${row.length} items fill ${filled.toFixed(0)} of ${width} px`);
        const nextTop = tops[index + 1];
        if (nextTop === undefined) return;
        const rowBottom = Math.max(...row.map((box) => box.bottom));
        for (const box of row) {
          const blank = nextTop - gap - box.bottom;
          if (box.bottom < rowBottom && blank > BLANK_BELOW_LIMIT_PX)
            holes.push(`${name} row ${index + 1}: ${blank.toFixed(0)} px blank under an item`);
        }
      });
    }
    return { grids: grids.length, holes };
  });
}

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`the dashboard at ${width}×${height} in zh: every area's grid and highlight grid without holes`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const sections = page.locator('main section[id]');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    // Every chart drawn and every highlight list present before measuring (they arrive after the cards).
    await drawEveryChart(page, 7);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await sections.count()).toBeGreaterThanOrEqual(6);
    const measured = await measureGridHoles(page);
    // Positive control: the six area grids and the highlight grids were found and measured.
    expect(measured.grids).toBeGreaterThanOrEqual(8);
    expect(measured.holes).toEqual([]);
  });
}

const rankDirection = {
  zh: { rankCard: '综合算力指数', otherCard: '移动电话用户', label: '名次越小越好（第1名在上）' },
  en: {
    rankCard: 'Composite compute index',
    otherCard: 'Mobile phone users',
    label: 'Lower rank is better (1st at the top)',
  },
} as const;

for (const language of ['zh', 'en'] as const) {
  test(`series scenario in ${language}: a rank sparkline says that a lower rank is better`, async ({ page }) => {
    const expected = rankDirection[language];
    await page.goto(`/?scenario=series&lang=${language}`);
    const rankCard = page.getByRole('article', { name: expected.rankCard, exact: true });
    await expect(
      rankCard.getByRole('img', { name: new RegExp(`${expected.label.replace(/[()（）]/g, '.')}$`) }),
    ).toBeVisible();
    await expect(rankCard.getByText(expected.label, { exact: true })).toBeVisible();
    // Control: a count's sparkline is drawn, and it carries no rank wording.
    const otherCard = page.getByRole('article', { name: expected.otherCard, exact: true });
    await expect(otherCard.locator('svg[data-sparkline]')).toBeVisible();
    await expect(otherCard.getByText(expected.label)).toHaveCount(0);
  });
}

for (const language of ['zh', 'en'] as const) {
  test(`a phone at 390×844 in ${language}: no text in the cards and charts is clipped`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?lang=${language}`);
    // Charts draw only as the reader nears them: each of the seven is scrolled to and drawn before measuring, so
    // their axis and label texts are measured too (jumping to the last area left five of them undrawn).
    await drawEveryChart(page, 7);
    const measured = await page.locator('main').evaluate((main) => {
      const boxes = [
        ...main.querySelectorAll<HTMLElement>('section[id] article, section[id] figure, section[id] li, section[id] a'),
      ];
      const clipped: string[] = [];
      let textsChecked = 0;
      const chartsMeasured = new Set<Element>();
      for (const box of boxes) {
        for (const element of box.querySelectorAll<HTMLElement>('h3, p, span, dd, dt, a, summary, button')) {
          if ((element.textContent ?? '').trim() === '' || element.getClientRects().length === 0) continue;
          // Text for screen readers only (sr-only: a 1 px clipped box) is not seen, so it cannot look clipped.
          if (element.closest('.sr-only')) continue;
          textsChecked += 1;
          const inner = element.getBoundingClientRect();
          const outer = (element.closest('article, figure, li, a') ?? box).getBoundingClientRect();
          if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).display !== 'inline')
            clipped.push(`${element.textContent?.trim()} (scrolls ${element.scrollWidth} > ${element.clientWidth})`);
          else if (inner.left < outer.left - 1 || inner.right > outer.right + 1)
            clipped.push(`${element.textContent?.trim()} (outside its card)`);
        }
        for (const text of box.querySelectorAll('svg text')) {
          if ((text.textContent ?? '').trim() === '') continue;
          textsChecked += 1;
          const chart = text.closest('figure');
          if (chart) chartsMeasured.add(chart);
          const inner = text.getBoundingClientRect();
          const outer = box.getBoundingClientRect();
          if (inner.width > 0 && (inner.left < outer.left - 1 || inner.right > outer.right + 1))
            clipped.push(`${text.textContent?.trim()} (chart text outside its card)`);
        }
      }
      return { textsChecked, chartsMeasured: chartsMeasured.size, clipped };
    });
    // Positive control: the cards' and charts' texts were found (hundreds of them), in all seven charts.
    expect(measured.textsChecked).toBeGreaterThan(100);
    expect(measured.chartsMeasured).toBe(7);
    expect(measured.clipped).toEqual([]);
  });
}

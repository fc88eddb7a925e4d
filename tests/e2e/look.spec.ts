import type { Page } from '@playwright/test';
import { watchApiRequests } from './area-fill';
import { expect, test } from './fixtures';

/** What a reader sees of the chart text and bars in the big screen's panel, measured as drawn. */
async function measurePanel(page: Page) {
  return page.getByRole('tabpanel').evaluate((panel) => {
    const texts = [...panel.querySelectorAll('svg text')].filter(
      (text) => (text.textContent ?? '').trim() !== '' && text.getBoundingClientRect().width > 0,
    );
    const boxes = texts.map((text) => {
      const box = text.getBoundingClientRect();
      const scale = (text as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
      return {
        text: (text.textContent ?? '').trim(),
        box,
        drawnPx: parseFloat(getComputedStyle(text).fontSize) * scale,
      };
    });
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const apart =
          a.box.right - 1 <= b.box.left ||
          b.box.right - 1 <= a.box.left ||
          a.box.bottom - 1 <= b.box.top ||
          b.box.bottom - 1 <= a.box.top;
        if (!apart) overlaps.push(`${a.text} × ${b.text}`);
      }),
    );
    const bars = [...panel.querySelectorAll('.recharts-bar-rectangle path')].map((bar) => {
      const box = bar.getBoundingClientRect();
      return Math.min(box.width, box.height);
    });
    return {
      labelCount: boxes.length,
      smallLabels: boxes.filter((box) => box.drawnPx < 18).map((box) => `${box.text} ${box.drawnPx.toFixed(1)} px`),
      overlaps,
      barCount: bars.length,
      thinBars: bars.filter((thickness) => thickness < 6).map((thickness) => thickness.toFixed(1)),
    };
  });
}

// Bars per area as the screen draws them (scale, users, network: two before/after pairs; compute: rank dots;
// industry: one share; inclusion: one before/after pair).
const BARS_PER_AREA = [4, 4, 4, 0, 1, 2];

for (const language of ['zh', 'en'] as const) {
  test(`the big screen at 1920×1080 in ${language}: chart labels at least 18 px, bars at least 6 px, none overlapping`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`/screen?lang=${language}`);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(6);
    for (let index = 0; index < 6; index += 1) {
      await tabs.nth(index).click();
      await expect(page.getByRole('tabpanel').locator('svg.recharts-surface').first()).toBeVisible();
      const measured = await measurePanel(page);
      expect(measured.labelCount, `area ${index}: labels drawn`).toBeGreaterThan(3);
      expect(measured.barCount, `area ${index}: bars drawn`).toBe(BARS_PER_AREA[index]);
      expect(measured.smallLabels, `area ${index}: labels under 18 px`).toEqual([]);
      expect(measured.thinBars, `area ${index}: bars under 6 px`).toEqual([]);
      expect(measured.overlaps, `area ${index}: overlapping labels`).toEqual([]);
    }
  });
}

test('the big screen: a small clock, 15 s per area by default, ?cycle= sets it, controls fade and come back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/screen?cycle=30');
  await expect(page.getByRole('status')).toHaveText(/每30秒切换/);
  const clock = page.locator('time');
  const clockSize = await clock.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const titleSize = await page
    .getByRole('heading', { level: 1 })
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(clockSize).toBeLessThan(titleSize);

  const pause = page.getByRole('button', { name: '暂停轮播' });
  await expect(pause).toBeVisible();
  const controls = page.locator('[data-idle]');
  await expect(controls).toHaveAttribute('data-idle', 'false');
  // No input for 5 s: the controls fade (the cap is the expect timeout, not a timing assertion).
  await expect(controls).toHaveAttribute('data-idle', 'true', { timeout: 20_000 });
  await expect(controls).toHaveCSS('opacity', '0');
  // Keyboard focus shows them at once.
  await pause.focus();
  await expect(controls).toHaveCSS('opacity', '1');

  await page.goto('/screen');
  await expect(page.getByRole('status')).toHaveText(/每15秒切换/);
});

test('Chinese text starts with the CJK families; English keeps a Latin-first stack', async ({ page }) => {
  const api = watchApiRequests(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山西信息通信业“十四五”发展成就');
  const firstFamily = () => page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily.split(',')[0]);
  // Polled: the page's lang (and so the stack) can settle a frame after the heading's text.
  await expect.poll(firstFamily).toBe('"Microsoft YaHei"');
  await api.settled({ everyArea: true });
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Shanxi');
  await expect.poll(firstFamily).toBe('system-ui');
});

test('?theme= works on the dashboard, the screen and the report, and links carry it', async ({ page }) => {
  const api = watchApiRequests(page);
  await page.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('link', { name: '数据大屏' })).toHaveAttribute('href', '/screen?theme=dark');
  await api.settled({ everyArea: true });
  await page.goto('/screen?theme=light');
  await expect(page.getByRole('tab').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await api.settled();
  await page.goto('/report?theme=dark');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Positive control: without ?theme= the screen keeps its own dark colours and the report its light ones.
  await api.settled();
  await page.goto('/screen');
  await expect(page.getByRole('tab').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await api.settled();
  await page.goto('/report');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('on a 390×844 phone the header folds its tools into one menu and the first figure is in the top 40%', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const firstFigure = page.locator('#key-figures li').first();
  await expect(firstFigure).toContainText('746.26亿元');
  const box = await firstFigure.boundingBox();
  expect(box?.y ?? Infinity).toBeLessThanOrEqual(0.4 * 844);
  const menu = page.getByRole('button', { name: '菜单' });
  await expect(page.getByRole('link', { name: '打印版报告' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: '打印版报告' })).toBeVisible();
});

test('the printed report carries no demo mark and ends with the 关于数据 note', async ({ page }) => {
  await page.goto('/report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('山西信息通信业“十四五”发展成就');
  const about = page.getByRole('region', { name: '关于数据' });
  await expect(about).toContainText('报纸版面；原文未注明报名与出版日期。');
  await expect(about).toContainText('没有说明与什么基数比较');
  await expect(page.getByText('演示数据')).toHaveCount(0);
  await expect(page.getByText('离线演示 · 数据摘自报道')).toHaveCount(0);
});

test('the report opens with a summary of the six headline figures and the article’s words, and prints the highlights', async ({
  page,
}) => {
  await page.goto('/report');
  const summary = page.getByRole('region', { name: '摘要' });
  for (const figure of ['746.26亿元', '4261.7万户', '11.5万个', '全国第8', '90%以上', '96%']) {
    await expect(summary).toContainText(figure);
  }
  await expect(summary).toContainText('+238.9万户 较“十三五”末');
  await expect(summary.getByRole('blockquote')).toHaveCount(3);
  await expect(summary.getByRole('blockquote').first()).toContainText('746.26亿元');
  const industry = page.getByRole('region', { name: /产业焕发新活力/ });
  await expect(industry.getByText('5G应用“扬帆”行动计划', { exact: true })).toBeVisible();
  await expect(industry.getByText('千兆光网“追光行动”', { exact: true })).toBeVisible();
  await expect(industry.getByText('太原酒厂“5G智慧工厂”', { exact: true })).toBeVisible();
  const inclusion = page.getByRole('region', { name: /智慧点亮新图景/ });
  await expect(inclusion.getByText('乡乡通5G、村村通宽带', { exact: true })).toBeVisible();
  // One source note, in the header: no chart repeats it.
  await expect(page.getByText(/^数据来源：/)).toHaveCount(1);
  // The as-of date is stated once, in the header, not in a date column on every row.
  await expect(page.locator('main header')).toContainText('数据截至 2025年7月31日');
  await expect(page.getByRole('columnheader', { name: '指标' }).first()).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '日期' })).toHaveCount(0);
});

test('the dashboard leaves out charts that repeat the cards beside them; 雁门关 is a highlight sentence', async ({
  page,
}) => {
  const api = watchApiRequests(page);
  await page.goto('/#compute');
  const compute = page.locator('section#compute');
  await expect(compute.getByText('全国第5', { exact: true })).toBeVisible();
  await expect(compute.getByRole('figure')).toHaveCount(0);
  // Positive control: a chart that adds to its cards is still drawn.
  await api.settled({ everyArea: true });
  await page.goto('/#users');
  await expect(page.getByRole('figure', { name: '移动电话与固定宽带用户较“十三五”末均有增长' })).toBeVisible();
  await api.settled(); // the same document: a hash changes
  await page.goto('/#inclusion');
  const inclusion = page.locator('section#inclusion');
  await expect(inclusion.getByText('终结9年无信号历史。')).toBeVisible();
  await expect(inclusion.getByText('雁门关隧道无信号历史（已终结）')).toHaveCount(0);
});

test('a figure shows at most twice on the first screen: in the key-figures band and in its card', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const scale = page.locator('section#scale');
  await expect(scale.getByRole('article', { name: '电信业务总量' })).toBeVisible();
  // The 规模 area draws no chart: its only chart would re-plot the two cards beside it.
  await expect(scale.getByRole('figure')).toHaveCount(0);
  const visibleCount = (text: string) =>
    page.evaluate((wanted) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // The figure as a figure; the source sentence quoting it in 查看出处 is the article's own words.
        if (node.textContent?.trim() !== wanted) continue;
        const box = node.parentElement?.getBoundingClientRect();
        // Screen-reader-only copies (1 px boxes) are not seen.
        if (box && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight) count += 1;
      }
      return count;
    }, text);
  // Positive control: the band and the card both show it.
  // The band renders in the background after the cards: wait for it, then it must stay at two.
  await expect.poll(() => visibleCount('746.26亿元')).toBe(2);
});

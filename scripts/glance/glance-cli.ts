import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { serveDir } from '../serve';

const usage = `usage: npm run glance [-- --dist DIR] [--viewports phone,tablet,desktop,wall] [--shots DIR]
For the built dashboard (default dist/) at 1440×900 and 390×844, zh and en, once every chart has drawn: the visible,
enabled controls, the page height, how often the as-of date is printed, and how many figures are wholly on the first
screen. --shots also saves first-screen and full-page screenshots of every viewport, light and dark, into DIR.`;

const VIEWPORTS = { phone: [390, 844], tablet: [768, 1024], desktop: [1440, 900], wall: [2560, 1440] } as const;
type ViewportName = keyof typeof VIEWPORTS;

/** Scrolls down the page so every lazily drawn chart draws, then back to the top. */
async function drawEverything(page: Page) {
  await page.locator('main article').first().waitFor({ timeout: 60_000 });
  const figureCount = await page.locator('main figure').count();
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 400) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.waitForFunction(
    (count) => document.querySelectorAll('main figure .recharts-surface[role="application"]').length >= count,
    figureCount,
    { timeout: 60_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
}

const measure = (page: Page) =>
  page.evaluate(() => {
    const byKind: Record<string, number> = {};
    for (const element of document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary')) {
      const rect = element.getBoundingClientRect();
      // sr-only content (the skip link before it is focused) is 1 px: not something a reader sees.
      const visible = element.checkVisibility({ visibilityProperty: true }) && rect.width > 1 && rect.height > 1;
      const kind = element.tagName.toLowerCase();
      if (visible && !element.matches(':disabled')) byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    const cards = [...document.querySelectorAll('main article, #key-figures li')].map((card) =>
      card.getBoundingClientRect(),
    );
    return {
      controls: Object.values(byKind).reduce((sum, count) => sum + count, 0),
      pageHeight: document.documentElement.scrollHeight,
      asOfMentions: (document.body.innerText.match(/数据截至|Data as of/g) ?? []).length,
      figuresOnFirstScreen: cards.filter((rect) => rect.bottom <= window.innerHeight && rect.top >= 0).length,
      byKind: JSON.stringify(byKind),
    };
  });

/** The whole page, in parts an image viewer shows at full size. */
async function fullPageInParts(page: Page, basePath: string) {
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  const partHeight = Math.max(1600, width);
  for (let top = 0, part = 1; top < height; top += partHeight, part += 1) {
    const clip = { x: 0, y: top, width, height: Math.min(partHeight, height - top) };
    await page.screenshot({ path: `${basePath}-full-${part}.png`, fullPage: true, clip });
  }
}

/** `npm run glance` (through scripts/run.mjs). */
export async function main({ argv, root }: { argv: string[]; root: string }): Promise<number> {
  const options = { dist: { type: 'string' }, shots: { type: 'string' }, viewports: { type: 'string' } } as const;
  const { values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const shotsDir = values.shots ? path.resolve(root, values.shots) : undefined;
  if (shotsDir) await mkdir(shotsDir, { recursive: true });
  const chosen = (values.viewports?.split(',') ?? Object.keys(VIEWPORTS)).filter((name) => name in VIEWPORTS);
  const server = await serveDir(path.resolve(root, values.dist ?? 'dist'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const language of ['zh', 'en']) {
      for (const viewport of chosen as ViewportName[]) {
        const [width, height] = VIEWPORTS[viewport];
        const measured = viewport === 'phone' || viewport === 'desktop';
        for (const theme of shotsDir ? ['light', 'dark'] : measured ? ['light'] : []) {
          const context = await browser.newContext({
            viewport: { width, height },
            colorScheme: theme as 'light' | 'dark',
          });
          const page = await context.newPage();
          page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
          await page.goto(`${server.origin}/${language === 'en' ? '?lang=en' : ''}`);
          await drawEverything(page);
          const viewportLabel = `${width}×${height}`;
          if (measured && theme === 'light') rows.push({ viewport: viewportLabel, language, ...(await measure(page)) });
          if (shotsDir) {
            const name = path.join(shotsDir, `${viewport}-${width}-${language}-${theme}`);
            await page.screenshot({ path: `${name}-first-screen.png` });
            if (theme === 'light' || viewport === 'phone') await fullPageInParts(page, name);
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.table(rows);
  return 0;
}

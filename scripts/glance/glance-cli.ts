import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { serveDir } from '../serve';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

const usage = [
  'usage: npm run glance [-- --dist DIR] [--shots DIR]',
  '  --dist   the built demo to serve (default dist; run npm run build first)',
  '  --viewports  a comma-separated subset of phone, tablet, desktop, wall (default all)',
  '  --shots  also save first-screen and full-page screenshots at 390, 768, 1440 and 2560 px, zh and en,',
  '           light and dark, into DIR',
  'For the dashboard at 1440×900 and 390×844 in zh and en, after every chart has drawn: the visible, enabled',
  'controls (buttons, links, inputs, selects, summaries), the page height, how often the as-of date is printed,',
  'and how many figures (key figures and cards) are wholly on the first screen.',
].join('\n');

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
  desktop: { width: 1440, height: 900 },
  wall: { width: 2560, height: 1440 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;

interface Measurement {
  viewport: ViewportName;
  language: 'zh' | 'en';
  controls: number;
  byKind: Record<string, number>;
  pageHeight: number;
  asOfMentions: number;
  figuresOnFirstScreen: number;
}

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

async function measure(page: Page, viewport: ViewportName, language: 'zh' | 'en'): Promise<Measurement> {
  const counts = await page.evaluate(() => {
    const selector = 'button, a[href], input, select, textarea, summary';
    const byKind: Record<string, number> = {};
    let controls = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const rect = element.getBoundingClientRect();
      // sr-only content (the skip link before it is focused) is 1 px: not something a reader sees.
      const visible = element.checkVisibility({ visibilityProperty: true }) && rect.width > 1 && rect.height > 1;
      if (!visible || element.matches(':disabled')) continue;
      controls += 1;
      const kind = element.tagName.toLowerCase();
      byKind[kind] = (byKind[kind] ?? 0) + 1;
    }
    const text = document.body.innerText;
    const asOfMentions = (text.match(/数据截至|Data as of/g) ?? []).length;
    const figuresOnFirstScreen = [...document.querySelectorAll('main article, #key-figures li')].filter((card) => {
      const rect = card.getBoundingClientRect();
      return rect.bottom <= window.innerHeight && rect.top >= 0;
    }).length;
    return {
      controls,
      byKind,
      pageHeight: document.documentElement.scrollHeight,
      asOfMentions,
      figuresOnFirstScreen,
    };
  });
  return { viewport, language, ...counts };
}

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

export async function runGlanceCli(root: string, argv: readonly string[], output: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dist: { type: 'string' },
      shots: { type: 'string' },
      viewports: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    output.log(usage);
    return 0;
  }
  const server = await serveDir(path.resolve(root, values.dist ?? 'dist'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const shotsDir = values.shots ? path.resolve(root, values.shots) : undefined;
  if (shotsDir) await mkdir(shotsDir, { recursive: true });
  const results: Measurement[] = [];
  const chosen = (values.viewports?.split(',') ?? Object.keys(VIEWPORTS)).filter(
    (name): name is ViewportName => name in VIEWPORTS,
  );
  try {
    for (const language of ['zh', 'en'] as const) {
      for (const viewport of chosen) {
        const measured = viewport === 'phone' || viewport === 'desktop';
        const themes = shotsDir ? (['light', 'dark'] as const) : (['light'] as const);
        if (!measured && !shotsDir) continue;
        for (const theme of themes) {
          const context = await browser.newContext({ viewport: VIEWPORTS[viewport], colorScheme: theme });
          const page = await context.newPage();
          page.on('pageerror', (error) => output.error(`page error: ${error.message}`));
          await page.goto(`${server.origin}/${language === 'en' ? '?lang=en' : ''}`);
          await drawEverything(page);
          if (measured && theme === 'light') results.push(await measure(page, viewport, language));
          if (shotsDir) {
            const name = `${viewport}-${VIEWPORTS[viewport].width}-${language}-${theme}`;
            await page.screenshot({ path: path.join(shotsDir, `${name}-first-screen.png`) });
            if (theme === 'light' || viewport === 'phone') await fullPageInParts(page, path.join(shotsDir, name));
          }
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  output.log('viewport        lang  controls  page height  as-of printed  figures on first screen  controls by kind');
  for (const row of results) {
    const size = `${VIEWPORTS[row.viewport].width}×${VIEWPORTS[row.viewport].height}`;
    output.log(
      [
        size.padEnd(15),
        row.language.padEnd(5),
        String(row.controls).padStart(8),
        `${row.pageHeight} px`.padStart(11),
        String(row.asOfMentions).padStart(14),
        String(row.figuresOnFirstScreen).padStart(22),
        ' ' + JSON.stringify(row.byKind),
      ].join(' '),
    );
  }
  return 0;
}

/** `npm run glance` (through scripts/run.mjs). */
export const main = ({ argv, root }: { argv: string[]; root: string }) => runGlanceCli(root, argv, console);

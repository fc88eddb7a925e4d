import { existsSync } from 'node:fs';
import puppeteer108 from 'puppeteer-core-19';
import puppeteer89 from 'puppeteer-core-6';
import puppeteerBidi from 'puppeteer-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { areaHeadlineFigures, articleFigures } from '../fixtures/article-figures';
import { FIREFOX_PATH, LEGACY_CHROMIUM_ARGS, legacyChromiumPath, type LegacyChromium } from './legacy-browsers';

const PORT = Number(process.env.E2E_PORT ?? 4180) + 2;
const ORIGIN = `http://localhost:${PORT}`;
const OLD_BROWSER_NOTICE = '您的浏览器版本较旧';

const everyFigure = articleFigures.map((figure) => figure.zh.figure);
const screenIds: readonly string[] = Object.values(areaHeadlineFigures);
const screenFigures = articleFigures
  .filter((figure) => screenIds.includes(figure.id))
  .map((figure) => figure.zh.figure);
const PAGES = [
  { path: '/', figures: everyFigure },
  { path: '/screen', figures: screenFigures },
  { path: '/report', figures: everyFigure },
] as const;

/** The part of a puppeteer page these checks use: the same in puppeteer-core 6, 19 and 23. */
interface Page {
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
  on(event: 'pageerror' | 'console', handler: (value: unknown) => void): unknown;
  close(): Promise<void>;
}
interface ConsoleMessage {
  type(): string;
  text(): string;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface PageView {
  missing: string[];
  shown: number;
  /** Padding and corner radius of the first figure card: 0px for both when the stylesheet did not apply. */
  cardStyle: string;
  notice: boolean;
}

/** Loads a path and waits (scrolling, so lazy parts load) until every figure shows or the cap passes. */
async function view(
  page: Page,
  path: string,
  figures: readonly string[],
  errors: readonly string[],
): Promise<PageView> {
  await page.goto(`${ORIGIN}${path}`);
  let text = '';
  for (let attempt = 0; attempt < 120; attempt += 1) {
    text = await page.evaluate(() => {
      window.scrollTo(0, document.body.scrollHeight);
      // Areas off screen skip rendering (content-visibility: auto), and innerText leaves out what is not drawn:
      // the whole page is read drawn.
      for (const section of document.querySelectorAll<HTMLElement>('main section')) {
        section.style.contentVisibility = 'visible';
      }
      return document.body.innerText;
    });
    if (errors.length > 0 || figures.every((figure) => text.includes(figure))) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const cardStyle = await page.evaluate(() => {
    const card = document.querySelector('article, [role="tab"]');
    if (!card) return 'no card';
    const style = getComputedStyle(card);
    return `${style.paddingTop} ${style.borderTopLeftRadius}`;
  });
  const missing = figures.filter((figure) => !text.includes(figure));
  return { missing, shown: figures.length - missing.length, cardStyle, notice: text.includes(OLD_BROWSER_NOTICE) };
}

function guard(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (value) => {
    const message = value as ConsoleMessage;
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

let server: PreviewServer;
beforeAll(async () => {
  if (!existsSync('dist/index.html')) throw new Error('Run `npm run build` first: these tests load the built demo.');
  server = await preview({
    configFile: 'vite.config.ts',
    preview: { port: PORT, strictPort: true, host: 'localhost' },
  });
});
afterAll(async () => {
  await server?.close();
});

/** Each kernel with the puppeteer release of its time: puppeteer 19 waits for auto-attach, which 89 lacks. */
function chromiumOptions(version: LegacyChromium) {
  return {
    executablePath: legacyChromiumPath(version),
    args: LEGACY_CHROMIUM_ARGS,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  };
}

describe('Chromium 108 (full support)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer108.launch(chromiumOptions('108'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { path, figures } of PAGES) {
    test(`${path} shows every figure, styled, without the old-browser notice or a page error`, async () => {
      const page = await browser.newPage();
      const errors = guard(page);
      const shown = await view(page, path, figures, errors);
      expect(errors).toEqual([]);
      expect(shown.missing).toEqual([]);
      expect(shown.cardStyle).not.toBe('0px 0px');
      expect(shown.notice).toBe(false);
      await page.close();
    });
  }
});

describe('Chromium 89 (readable)', () => {
  let browser: Awaited<ReturnType<typeof puppeteer89.launch>>;
  beforeAll(async () => {
    browser = await puppeteer89.launch(chromiumOptions('89'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { path, figures } of PAGES) {
    const notice = path === '/';
    test(`${path} shows every figure, styled${notice ? ', with the one-line old-browser notice' : ''}, without a page error`, async () => {
      const page = await browser.newPage();
      // This build of 89 already has Array.prototype.at, which Chromium 89-91 releases lack: take it away, so the
      // app's own fallback is what the figures rely on.
      await page.evaluateOnNewDocument(() => {
        Reflect.deleteProperty(Array.prototype, 'at');
      });
      const errors = guard(page);
      const shown = await view(page, path, figures, errors);
      expect(errors).toEqual([]);
      expect(shown.missing).toEqual([]);
      expect(shown.cardStyle).not.toBe('0px 0px');
      // The notice is one line above the dashboard's header; the big screen and the printed report stay as designed.
      expect(shown.notice).toBe(notice);
      await page.close();
    });
  }
});

describe('Firefox ESR over WebDriver BiDi', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteerBidi.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the demo shows every figure without the old-browser notice', async () => {
    const page = await browser.newPage();
    const errors = guard(page);
    const shown = await view(page, '/', everyFigure, errors);
    expect(shown.missing).toEqual([]);
    expect(shown.cardStyle).not.toBe('0px 0px');
    expect(shown.notice).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});

import type { Browser, BrowserContextOptions } from 'playwright-core';

const AREA_IDS = ['scale', 'users', 'network', 'compute', 'industry', 'inclusion'] as const;
const TIMEOUT_MS = 60_000;

interface BenchMarks {
  firstKpiMs?: number;
  allAreasMs?: number;
  /** Content-Security-Policy violations: Lighthouse counts them against best practices but the console stays quiet. */
  violations: string[];
}

/** Typed locally rather than by augmenting Window, so the app's own code never sees this property. */
type BenchWindow = Window & { __bench?: BenchMarks };

/**
 * Runs in the page before its own scripts. Watching mutations instead of polling from the test process means the
 * time is taken in the frame where the content appears, not up to one poll interval later. Must stay self-contained:
 * Playwright sends its source text to the page.
 */
function watchDashboard(areaIds: readonly string[]): void {
  const marks: BenchMarks = { violations: [] };
  (window as BenchWindow).__bench = marks;
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = `${event.sourceFile.split('/').pop() ?? ''}:${event.lineNumber}`;
    marks.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${where})`);
  });
  // The next animation frame is the one that paints what was just committed.
  const markAtNextFrame = (key: 'firstKpiMs' | 'allAreasMs') =>
    requestAnimationFrame(() => {
      marks[key] ??= performance.now();
    });
  let firstKpiPending = true;
  const check = () => {
    const sections = areaIds.map((id) => document.querySelector(`main section[id="${id}"]`));
    if (firstKpiPending) {
      const visible = sections.some((section) =>
        [...(section?.querySelectorAll('article') ?? [])].some((card) => {
          const value = card.querySelector('p');
          if (!value?.textContent?.trim()) return false;
          const box = value.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
        }),
      );
      if (visible) {
        firstKpiPending = false;
        markAtNextFrame('firstKpiMs');
      }
    }
    const filled = sections.every(
      (section) => section?.querySelector('article') && !section.querySelector('[aria-busy="true"]'),
    );
    if (filled && marks.allAreasMs === undefined) markAtNextFrame('allAreasMs');
    if (filled && !firstKpiPending) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/**
 * One cold first visit in a new context (its own cache, storage and service worker), until all six areas are
 * filled; the times are performance.now() in the page, so milliseconds since navigation start. Page errors, console
 * errors and CSP violations go to `errors`. With trace categories, Chromium traces the load and waits 3 s more:
 * charts near the first screen and idle work land after the areas fill, and Lighthouse waits for them too.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  errors: string[],
  { traceCategories, ...contextOptions }: BrowserContextOptions & { traceCategories?: string[] } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(`console: ${message.text()}`)));
    await page.addInitScript(watchDashboard, AREA_IDS);
    if (traceCategories) await browser.startTracing(page, { categories: traceCategories });
    let trace: Buffer | undefined;
    const load = async () => {
      await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
      const marks = await page.waitForFunction(
        () => {
          const { firstKpiMs, allAreasMs, violations = [] } = (window as BenchWindow).__bench ?? {};
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          if (firstKpiMs === undefined || allAreasMs === undefined) return undefined;
          return { firstKpiMs, allAreasMs, firstContentfulPaintMs: paint?.startTime, violations };
        },
        undefined,
        { timeout: TIMEOUT_MS, polling: 100 },
      );
      if (traceCategories) await page.waitForTimeout(3000);
      return marks.jsonValue();
    };
    const marks = await load().finally(async () => {
      if (traceCategories) trace = await browser.stopTracing();
    });
    if (!marks) throw new Error('the page reported no timing');
    const { violations, ...timing } = marks;
    errors.push(...violations.map((violation) => `Content-Security-Policy: ${violation}`));
    return { timing, trace };
  } finally {
    await context.close();
  }
}

import type { Browser, BrowserContextOptions } from 'playwright-core';

const AREA_IDS = ['scale', 'users', 'network', 'compute', 'industry', 'inclusion'];
const TIMEOUT_MS = 60_000;

/** violations: Content-Security-Policy ones, which Lighthouse counts against best practices but the console omits. */
type BenchMarks = { firstKpiMs?: number; allAreasMs?: number; violations: string[] };
/** Typed locally rather than by augmenting Window, so the app's own code never sees this property. */
type BenchWindow = Window & { __bench?: BenchMarks };
type LoadOptions = BrowserContextOptions & { traceCategories?: string[] };

/**
 * Runs in the page before its own scripts and marks the frame in which the first KPI value is visible and the one
 * in which all six areas are filled (watching mutations, not polling from outside, so no poll interval is added).
 * Must stay self-contained: Playwright sends its source text to the page.
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
    requestAnimationFrame(() => void (marks[key] ??= performance.now()));
  const shown = (value: Element | null) => {
    const box = value?.getBoundingClientRect();
    return !!value?.textContent?.trim() && !!box?.width && !!box.height && box.top < innerHeight && box.bottom > 0;
  };
  let firstKpiPending = true;
  const observer = new MutationObserver(() => {
    const sections = areaIds.map((id) => document.querySelector(`main section[id="${id}"]`));
    const cards = sections.flatMap((section) => [...(section?.querySelectorAll('article') ?? [])]);
    if (firstKpiPending && cards.some((card) => shown(card.querySelector('p')))) {
      firstKpiPending = false;
      markAtNextFrame('firstKpiMs');
    }
    const filled = sections.every(
      (area) => area?.querySelector('article') && !area.querySelector('[aria-busy="true"]'),
    );
    if (filled && marks.allAreasMs === undefined) markAtNextFrame('allAreasMs');
    if (filled && !firstKpiPending) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** The marks once both are set, with first contentful paint and the CSP violations. Self-contained, as above. */
function readMarks() {
  const { firstKpiMs, allAreasMs, violations = [] } = (window as BenchWindow).__bench ?? {};
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  if (firstKpiMs === undefined || allAreasMs === undefined) return undefined;
  return { firstKpiMs, allAreasMs, firstContentfulPaintMs: paint?.startTime, violations };
}

/**
 * One cold first visit in a new context (its own cache, storage and service worker), timed from navigation start
 * until all six areas are filled; page errors, console errors and CSP violations go to `errors`. Traced, it waits 3 s
 * more: charts near the first screen and idle work land after the areas fill, and Lighthouse waits for them too.
 */
export async function coldLoad(browser: Browser, url: string, errors: string[], options: LoadOptions = {}) {
  const { traceCategories, ...contextOptions } = options;
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
      const marks = await page.waitForFunction(readMarks, undefined, { timeout: TIMEOUT_MS, polling: 100 });
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

import { chromium, type Browser } from 'playwright-core';

export const AREA_IDS = ['scale', 'users', 'network', 'compute', 'industry', 'inclusion'] as const;

export interface LoadTiming {
  /** performance.now() in the page, so milliseconds since navigation start. */
  firstKpiMs: number;
  allAreasMs: number;
  firstContentfulPaintMs: number | undefined;
}

export interface LoadResults {
  loads: LoadTiming[];
  failures: string[];
  /** Uncaught page errors and console errors seen during the loads. */
  pageErrors: string[];
}

interface BenchMarks {
  firstKpiMs?: number;
  allAreasMs?: number;
  /** Content-Security-Policy violations: Lighthouse counts them against best practices but the console stays quiet. */
  violations: string[];
}

/** Typed locally rather than by augmenting Window, so the app's own code never sees this property. */
export type BenchWindow = Window & { __bench?: BenchMarks };

/**
 * Runs in the page before its own scripts. Watching mutations instead of polling from the test process means the
 * time is taken in the frame where the content appears, not up to one poll interval later. Must stay self-contained:
 * Playwright sends its source text to the page.
 */
export function watchDashboard(areaIds: readonly string[]): void {
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

async function measureLoad(
  browser: Browser,
  url: string,
  timeoutMs: number,
  pageErrors: string[],
): Promise<LoadTiming> {
  // A new context has its own cache, storage and service worker registrations: every load is a cold first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.addInitScript(watchDashboard, AREA_IDS);
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const handle = await page.waitForFunction(
      () => {
        const marks = (window as BenchWindow).__bench;
        if (marks?.firstKpiMs === undefined || marks.allAreasMs === undefined) return undefined;
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          firstKpiMs: marks.firstKpiMs,
          allAreasMs: marks.allAreasMs,
          firstContentfulPaintMs: paint?.startTime,
          violations: marks.violations,
        };
      },
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
    const result = await handle.jsonValue();
    if (!result) throw new Error('the page reported no timing');
    const { violations, ...timing } = result;
    pageErrors.push(...violations.map((violation) => `Content-Security-Policy: ${violation}`));
    return timing;
  } finally {
    await context.close();
  }
}

/** Cold loads one after another, each in a new context: its own cache, storage and service worker. */
export async function measureLoads(url: string, loads: number, chromiumPath: string, chromiumArgs: readonly string[]) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  const results: LoadResults = { loads: [], failures: [], pageErrors: [] };
  try {
    for (let index = 0; index < loads; index += 1) {
      try {
        results.loads.push(await measureLoad(browser, url, 30_000, results.pageErrors));
      } catch (error) {
        results.failures.push((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '');
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Guards of the first paint that do not depend on how fast the machine is: they check what runs before the first
 * screen is complete (the app's `first-screen-complete` performance mark, set once every area's cards are laid
 * out), and that placeholders hold exactly the room of what replaces them.
 */

const FIRST_SCREEN_MARK = 'first-screen-complete';
/** Every area's cards, as the article gives them: 2 + 6 + 7 + 5 + 1 + 7 (雁门关 is a highlight sentence). */
const ARTICLE_CARDS = 28;

declare global {
  interface Window {
    dateFormatsBuilt?: { beforeFirstScreen: string[]; after: number };
    cardsAtFirstScreen?: number;
  }
}

/**
 * Counts Intl.DateTimeFormat, NumberFormat, PluralRules and Collator constructions (and the Date and String methods
 * that build one) before and after the mark.
 */
function countDateFormats() {
  const record = (what: string) => {
    const log = (window.dateFormatsBuilt ??= { beforeFirstScreen: [], after: 0 });
    if (performance.getEntriesByName('first-screen-complete').length > 0) log.after += 1;
    else log.beforeFirstScreen.push(`${what}\n${new Error().stack ?? ''}`);
  };
  // Any Intl formatter built first loads the locale's data; NumberFormat, PluralRules and Collator cost the same.
  for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'Collator'] as const) {
    const Original = Intl[name];
    Object.defineProperty(Intl, name, {
      configurable: true,
      writable: true,
      value: new Proxy(Original, {
        construct(target, args: unknown[], newTarget) {
          record(`new Intl.${name}`);
          return Reflect.construct(target, args, newTarget) as object;
        },
        apply(target, self, args: unknown[]) {
          record(`Intl.${name}()`);
          return Reflect.apply(target, self, args) as unknown;
        },
      }),
    });
  }
  for (const method of ['toLocaleDateString', 'toLocaleTimeString', 'toLocaleString'] as const) {
    const original = Date.prototype[method];
    Date.prototype[method] = function (this: Date, ...args: Parameters<typeof original>) {
      record(`Date.prototype.${method}`);
      return original.apply(this, args);
    };
  }
  // localeCompare builds a collator too (10 ms of a phone's CPU the first time), for dates that need none.
  const originalCompare = String.prototype.localeCompare;
  String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof originalCompare>) {
    record('String.prototype.localeCompare');
    return originalCompare.apply(this, args);
  };
  // What the page holds when the mark is set: the positive control that the mark means "cards laid out".
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-screen-complete').length > 0)
      window.cardsAtFirstScreen = document.querySelectorAll('main section article').length;
  }).observe({ type: 'mark', buffered: true });
}

const firstScreenComplete = (page: Page) =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_SCREEN_MARK);

for (const [mode, search] of [
  ['zh', ''],
  ['en', '?lang=en'],
  ['series', '?scenario=series'],
] as const) {
  test(`the first paint builds no Intl formatter (demo, ${mode})`, async ({ page }) => {
    await page.addInitScript(countDateFormats);
    await page.goto(`/${search}`);
    await firstScreenComplete(page);
    expect(await page.evaluate(() => window.cardsAtFirstScreen)).toBe(ARTICLE_CARDS);
    expect(await page.evaluate(() => window.dateFormatsBuilt?.beforeFirstScreen ?? [])).toEqual([]);
    // Positive control: the counter sees a construction (after the mark, where Intl is allowed).
    await page.evaluate(() => new Intl.DateTimeFormat('zh-CN').format(0));
    expect(await page.evaluate(() => window.dateFormatsBuilt?.after)).toBeGreaterThanOrEqual(1);
  });
}

test('recharts is neither fetched nor evaluated before the first screen’s cards are laid out', async ({
  page,
  request,
}) => {
  await page.addInitScript(countDateFormats);
  await page.goto('/');
  await firstScreenComplete(page);
  expect(await page.evaluate(() => window.cardsAtFirstScreen)).toBe(ARTICLE_CARDS);
  // Positive control: a chart scrolled to still draws (with recharts) after the first screen.
  const chart = page.getByRole('figure', { name: '移动电话与固定宽带用户较“十三五”末均有增长' });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-wrapper')).toBeVisible();

  const { scripts, mark } = await page.evaluate((name) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      scripts: entries
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
      mark: performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
    };
  }, FIRST_SCREEN_MARK);
  // A chunk is recharts' if its text carries a class name only recharts' own code writes (the app's image export
  // names recharts-wrapper and recharts-surface); a module cannot evaluate before it is fetched, so a fetch after
  // the mark means an evaluation after it.
  const rechartsScripts = [];
  for (const script of scripts) {
    if ((await (await request.get(script.url)).text()).includes('recharts-cartesian-grid'))
      rechartsScripts.push(script);
  }
  expect(rechartsScripts.length).toBeGreaterThan(0);
  for (const script of rechartsScripts) expect(script.startTime, script.url).toBeGreaterThan(mark);
});

import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * On a phone most areas are below the first screen: they skip style and layout until they come near
 * (`content-visibility: auto`). What a reader does with them must still work: the area index, a shared #hash link,
 * find-in-page and printing.
 */

/** A figure of the last area, 普惠 (rural reach), as the article prints it. */
const LAST_AREA_CARD = '一号旅游公路沿线新建5G基站';
const FIRST_AREA_CARD = '电信业务总量';

declare global {
  interface Window {
    /** The browser's own find-in-page search (non-standard, in Chromium and Firefox): scrolls to the match. */
    find(text: string): boolean;
  }
}

const firstScreenComplete = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('first-screen-complete').length > 0);

/** False while the browser skips the element's rendering because its area is off screen. */
const rendered = (page: Page, cardName: string) =>
  page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: cardName, exact: true }) })
    .evaluate((card) => card.checkVisibility({ contentVisibilityAuto: true }));

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
});

test('areas below a phone’s first screen skip rendering until they come near', async ({ page }) => {
  await page.goto('/');
  await firstScreenComplete(page);
  expect(await rendered(page, FIRST_AREA_CARD)).toBe(true);
  expect(await rendered(page, LAST_AREA_CARD)).toBe(false);
  await page.getByRole('heading', { name: LAST_AREA_CARD, exact: true }).scrollIntoViewIfNeeded();
  // The browser draws it at its next frame.
  await expect.poll(() => rendered(page, LAST_AREA_CARD)).toBe(true);
});

test('the area index takes the reader to a skipped area, drawn', async ({ page }) => {
  await page.goto('/');
  await firstScreenComplete(page);
  expect(await rendered(page, LAST_AREA_CARD)).toBe(false);
  await page.getByRole('navigation', { name: '板块导航' }).getByRole('link', { name: '普惠' }).click();
  await expect(page).toHaveURL(/#inclusion$/);
  await expect(page.getByRole('region', { name: /^普惠/ }).getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(page.getByRole('heading', { name: LAST_AREA_CARD, exact: true })).toBeVisible();
  expect(await rendered(page, '电信普遍服务专项资金')).toBe(true);
});

test('a shared #hash link opens at the top of its area, drawn', async ({ page }) => {
  await page.goto('/#inclusion');
  await firstScreenComplete(page);
  const heading = page.getByRole('region', { name: /^普惠/ }).getByRole('heading', { level: 2 });
  await expect(heading).toBeInViewport();
  // Just below the sticky area index (64 px), though the areas above grew after the first jump.
  await expect.poll(async () => Math.round((await heading.boundingBox())?.y ?? -1)).toBe(64);
  expect(await rendered(page, '电信普遍服务专项资金')).toBe(true);
  // Control: the first area, now far above, is the one skipped.
  expect(await rendered(page, FIRST_AREA_CARD)).toBe(false);
});

test('find-in-page finds text in a skipped area and brings it on screen', async ({ page }) => {
  await page.goto('/');
  await firstScreenComplete(page);
  expect(await rendered(page, LAST_AREA_CARD)).toBe(false);
  // window.find runs the browser's own find-in-page search and scrolls to the match.
  const found = await page.evaluate((text) => {
    const hit = window.find(text);
    return { hit, in: window.getSelection()?.anchorNode?.parentElement?.closest('section')?.id };
  }, LAST_AREA_CARD);
  expect(found).toEqual({ hit: true, in: 'inclusion' });
  await expect(page.getByRole('heading', { name: LAST_AREA_CARD, exact: true })).toBeInViewport();
  // Control: a text that is not on the page is not found.
  expect(await page.evaluate(() => window.find('不在页面上的文字'))).toBe(false);
});

test('printing draws every area, the skipped ones too', async ({ page }) => {
  await page.goto('/');
  await firstScreenComplete(page);
  expect(await rendered(page, LAST_AREA_CARD)).toBe(false);
  await page.emulateMedia({ media: 'print' });
  expect(await rendered(page, LAST_AREA_CARD)).toBe(true);
  expect(await rendered(page, FIRST_AREA_CARD)).toBe(true);
});

import type { Page } from '@playwright/test';
import { indicators, report } from '../../mocks/data';
import { expect } from './fixtures';

/** Waits until every area shows as many cards as the dataset holds for it. */
export async function expectEveryAreaFilled(page: Page) {
  for (const area of report.areas) {
    const expected = indicators.filter((indicator) => indicator.area === area.id).length;
    await expect(page.locator(`section#${area.id}`).getByRole('article')).toHaveCount(expected);
  }
}

/** Charts draw as the reader nears them: scroll each into view, then wait for every chart to be drawn. */
export async function drawEveryChart(page: Page, count: number) {
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(count);
  for (const figure of await figures.all()) await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('figure .recharts-surface[role="application"]')).toHaveCount(count);
}

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

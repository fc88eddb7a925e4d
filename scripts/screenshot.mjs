// Takes screenshots of a running demo for a person to look at: node scripts/screenshot.mjs URL OUT_PREFIX
import { chromium } from 'playwright-core';

const [url = 'http://localhost:4173/', prefix = 'reports/shot'] = process.argv.slice(2);
const sizes = [
  [390, 844],
  [1440, 900],
  [2560, 1440],
];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const scheme of ['light', 'dark']) {
  for (const [width, height] of sizes) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByText('4261.7万户').or(page.getByText('42.617 million')).first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${prefix}-${scheme}-${width}x${height}.png`, fullPage: process.env.FULL === '1' });
    await context.close();
  }
}
await browser.close();

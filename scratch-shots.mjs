import { chromium } from 'playwright-core';
const [, , base = 'http://localhost:4602', out = '/tmp/series-scratch/shots', only = ''] = process.argv;
const args = ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const combos = [];
for (const width of [390, 1440]) for (const lang of ['zh', 'en']) for (const scheme of ['light', 'dark']) combos.push({ width, lang, scheme });
for (const { width, lang, scheme } of combos) {
  const name = `${width}-${lang}-${scheme}`;
  if (only && !name.includes(only)) continue;
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${base}/?lang=${lang}${process.env.EXTRA ?? ''}`);
  await page.getByRole('article').first().waitFor({ timeout: 30000 });
  // scroll through to trigger lazy charts
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 700) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(150); }
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  const total = await page.evaluate(() => document.body.scrollHeight);
  const segment = width < 800 ? 1800 : 1300;
  for (let y = 0, i = 0; y < total && i < 12; y += segment, i += 1) {
    await page.screenshot({ path: `${out}/${name}-part${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(segment, total - y) } });
  }
  console.log(name, 'errors:', errors.length, errors.slice(0, 3).join(' | '));
  await context.close();
}
await browser.close();

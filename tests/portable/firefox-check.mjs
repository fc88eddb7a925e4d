// Opens the offline demo file from disk in Debian's Firefox ESR (headless, over WebDriver BiDi) and checks what a
// presenter relies on: every area filled, the big screen, the report and an embed, no request leaving the file and
// no page error. Playwright cannot drive a stock Firefox, so this uses puppeteer-core. Screenshots go to
// test-results/portable-firefox/. Run after `npm run build:portable` (npm run test:portable runs both).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const fileUrl = pathToFileURL(resolve('dist-portable/shanxi-ict-dashboard.html')).href;
const shots = resolve('test-results/portable-firefox');
// A cap for a loaded 2-core machine, not a timing assertion.
const WAIT_MS = 30_000;

/** Written out by hand from the article (source/), as printed; the dataset holds 28 figure cards (雁门关 is a highlight). */
const FIGURE_COUNT = 28;
const PRINTED = ['746.26亿元', '1370.9亿元', '4261.7万户', '122.9部/百人', '80.5%', '1797.5万户'];

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

await mkdir(shots, { recursive: true });
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX_PATH,
  headless: true,
  extraPrefsFirefox: { 'network.proxy.type': 0, 'browser.safebrowsing.malware.enabled': false },
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1366, height: 900 });
  const leaks = [];
  const errors = [];
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) leaks.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  // Firefox reports a blocked inline script, style or connection only to its own console, which the page's console
  // events do not carry: listen for the violations inside the page, before its own code runs.
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const violations = [];
  const collectViolations = async () => violations.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
  const waitForText = (text) =>
    page
      .waitForFunction((wanted) => document.body.innerText.includes(wanted), { timeout: WAIT_MS }, text)
      .then(
        () => true,
        () => false,
      );

  await page.goto(fileUrl);
  // Areas commit one per frame, in the order their data came: every check waits for what it checks itself, never
  // reads the page after a neighbour showed.
  for (const printed of PRINTED) check(await waitForText(printed), `dashboard shows ${printed}`);
  check(await waitForText('离线演示版'), 'dashboard header says 离线演示版');
  const allCards = await page
    .waitForFunction(
      (want) => document.querySelectorAll('main section[id] article').length === want,
      { timeout: WAIT_MS },
      FIGURE_COUNT,
    )
    .then(
      () => true,
      () => false,
    );
  const cards = await page.$$eval('main section[id] article', (found) => found.length);
  check(allCards, `dashboard: ${cards} figure cards (want ${FIGURE_COUNT})`);
  await page.screenshot({ path: `${shots}/dashboard.png` });

  const clickButton = (label) =>
    page.evaluate((wanted) => {
      const button = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent?.trim() === wanted,
      );
      button?.click();
      return Boolean(button);
    }, label);
  const chooseDark = () =>
    page.evaluate(() => {
      const select = [...document.querySelectorAll('select')].find((candidate) =>
        candidate.closest('label')?.textContent?.startsWith('配色'),
      );
      if (!select) return false;
      select.value = 'dark';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    });
  check(await chooseDark(), 'theme switch: 深色 chosen');
  const dark = await page
    .waitForFunction(() => document.documentElement.dataset.theme === 'dark', { timeout: WAIT_MS })
    .then(
      () => true,
      () => false,
    );
  check(dark, 'theme switch: the page turns dark');
  check(await clickButton('English'), 'language switch: English pressed');
  check(await waitForText('42.617 million'), 'language switch: figures in English');
  await page.screenshot({ path: `${shots}/dashboard-en-dark.png` });

  await collectViolations();
  await page.goto(`${fileUrl}#/screen`);
  await page
    .waitForFunction(() => document.querySelectorAll('[role="tab"]').length === 6, { timeout: WAIT_MS })
    .catch(() => undefined);
  check((await page.$$('[role="tab"]')).length === 6, 'big screen: six area tabs');
  await page.screenshot({ path: `${shots}/screen.png` });

  await collectViolations();
  await page.goto(`${fileUrl}#/report`);
  check(await waitForText('4261.7万户'), 'report: figures present');
  await page
    .waitForFunction(() => document.querySelectorAll('.recharts-wrapper > svg').length === 10, { timeout: WAIT_MS })
    .catch(() => undefined);
  check((await page.$$('.recharts-wrapper > svg')).length === 10, 'report: ten charts drawn');
  await page.screenshot({ path: `${shots}/report.png`, fullPage: true });

  await collectViolations();
  await page.goto(`${fileUrl}?lang=en#/embed/mobile-phone-users`);
  check(await waitForText('42.617 million'), 'embed: Mobile phone users in English');
  const oneCard = await page
    .waitForFunction(() => document.querySelectorAll('article').length === 1, { timeout: WAIT_MS })
    .then(
      () => true,
      () => false,
    );
  check(oneCard, 'embed: one card alone');
  await page.screenshot({ path: `${shots}/embed.png` });

  await collectViolations();
  check(
    violations.length === 0,
    `no Content-Security-Policy violation${violations.length ? `: ${violations.join(', ')}` : ''}`,
  );
  check(leaks.length === 0, `no request left the file${leaks.length ? `: ${leaks.join(', ')}` : ''}`);
  check(errors.length === 0, `no page error${errors.length ? `: ${errors.join(' | ')}` : ''}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`Firefox: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`Firefox: all checks passed; screenshots in ${shots}`);

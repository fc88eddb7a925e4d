import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import { expectEveryAreaFilled } from '../e2e/area-fill';
import { expect, test } from '../e2e/fixtures';
import { EMBED_PATH, LISTED_HOST, LIVE_SITE, ROOT_SITE, SUBPATH_SITE, UNLISTED_HOST } from './nginx-ports';

// Written out by hand from src/config/content-security-policy.ts: the meta policy with connect-src narrowed to
// this site, plus frame-ancestors, which only a header can carry.
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
const DASHBOARD_CSP = `${PAGE_POLICY}; frame-ancestors 'none'`;
const EMBED_CSP = `${PAGE_POLICY}; frame-ancestors 'self' ${LISTED_HOST}`;
const PERMISSIONS_POLICY =
  'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), ' +
  'magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), ' +
  'screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(self), fullscreen=(self)';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': PERMISSIONS_POLICY,
};

/** The entry script named in the built index.html, e.g. /assets/shell-AbC123.js. */
async function entryScript(distDir: string): Promise<string> {
  const html = await readFile(`${distDir}/index.html`, 'utf8');
  const src = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`no entry script in ${distDir}/index.html`);
  return src;
}

async function get(request: APIRequestContext, url: string, acceptEncoding = 'gzip') {
  return request.get(url, { headers: { 'Accept-Encoding': acceptEncoding }, maxRedirects: 0 });
}

test.describe('headers and cache rules', () => {
  test('the dashboard page: revalidated, not framable, with the CSP and the security headers', async ({ request }) => {
    const response = await get(request, `${ROOT_SITE}/`);
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': DASHBOARD_CSP,
      'x-frame-options': 'DENY',
      ...SECURITY_HEADERS,
    });
    expect(response.headers().etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(await response.text()).toBe(await readFile('dist/index.html', 'utf8'));
  });

  test('an embed: the page, framable by the listed origins only, no X-Frame-Options', async ({ request }) => {
    const response = await get(request, `${ROOT_SITE}${EMBED_PATH}?lang=en`);
    expect(response.status()).toBe(200);
    expect(response.headers()).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': EMBED_CSP,
      ...SECURITY_HEADERS,
    });
    expect(response.headers()['x-frame-options']).toBeUndefined();
    expect(await response.text()).toBe(await readFile('dist/index.html', 'utf8'));
  });

  test('a hashed asset: text/javascript, immutable for a year, the build’s own brotli or gzip file', async ({
    request,
  }) => {
    const script = await entryScript('dist');
    expect(script).toMatch(/^\/assets\/.+\.js$/);
    const original = await readFile(`dist${script}`);
    for (const [accepted, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await get(request, `${ROOT_SITE}${script}`, accepted);
      expect(response.status()).toBe(200);
      expect(response.headers()).toMatchObject({
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': IMMUTABLE,
        'content-encoding': encoding,
        vary: 'Accept-Encoding',
        ...SECURITY_HEADERS,
      });
      // The pre-compressed file's length, not a compression done per request (which would be chunked).
      const precompressed = await readFile(`dist${script}.${encoding === 'br' ? 'br' : 'gz'}`);
      expect(response.headers()['content-length']).toBe(String(precompressed.length));
      expect(await response.body()).toEqual(original);
    }
  });

  test('config.json and the mock worker: the right types, revalidated on every load', async ({ request }) => {
    const config = await get(request, `${ROOT_SITE}/config.json`);
    expect(config.status()).toBe(200);
    expect(config.headers()).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      ...SECURITY_HEADERS,
    });
    expect(await config.json()).toEqual({ apiBaseUrl: '/api', mocks: true });

    const worker = await get(request, `${ROOT_SITE}/mockServiceWorker.js`);
    expect(worker.status()).toBe(200);
    expect(worker.headers()).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    });
  });
});

test.describe('routes', () => {
  for (const path of ['/screen', '/report', '/embed/chart-users-growth', '/no-such-page', '/area/with/depth']) {
    test(`${path} gets the app's page (SPA fallback)`, async ({ request }) => {
      const response = await get(request, `${ROOT_SITE}${path}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(await response.text()).toBe(await readFile('dist/index.html', 'utf8'));
    });
  }

  for (const path of [
    '/assets/no-such-chunk-abc123.js',
    '/assets/',
    '/no-such-file.js',
    '/config.jsn',
    '/.vite/manifest.json',
  ]) {
    test(`a missing or private file (${path}) is a real 404, not the page`, async ({ request }) => {
      const response = await get(request, `${ROOT_SITE}${path}`);
      expect(response.status()).toBe(404);
      expect(response.headers()['cache-control']).not.toBe(IMMUTABLE);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      expect(await response.text()).not.toContain('<div id="root">');
    });
  }

  test('the /dash/ build: its pages, assets and 404s under the sub-path', async ({ request }) => {
    const page = await get(request, `${SUBPATH_SITE}/dash/`);
    expect(page.status()).toBe(200);
    expect(page.headers()).toMatchObject({ 'cache-control': 'no-cache', 'content-security-policy': DASHBOARD_CSP });
    expect(await page.text()).toBe(await readFile('dist-subpath/index.html', 'utf8'));

    const screen = await get(request, `${SUBPATH_SITE}/dash/screen`);
    expect(screen.status()).toBe(200);
    expect(await screen.text()).toBe(await readFile('dist-subpath/index.html', 'utf8'));

    const embed = await get(request, `${SUBPATH_SITE}/dash${EMBED_PATH}`);
    expect(embed.headers()['content-security-policy']).toBe(`${PAGE_POLICY}; frame-ancestors 'self'`);

    const script = await entryScript('dist-subpath');
    expect(script).toMatch(/^\/dash\/assets\/.+\.js$/);
    const asset = await get(request, `${SUBPATH_SITE}${script}`);
    expect(asset.status()).toBe(200);
    expect(asset.headers()).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': IMMUTABLE,
    });

    expect((await get(request, `${SUBPATH_SITE}/dash/assets/no-such-chunk.js`)).status()).toBe(404);
    expect((await get(request, `${SUBPATH_SITE}/dash/config.json`)).headers()['content-type']).toBe(
      'application/json; charset=utf-8',
    );
  });
});

test.describe('in Chromium, behind nginx', () => {
  test('the dashboard fills every area with the article’s figures, with no console error', async ({ page }) => {
    const script = await entryScript('dist');
    const entryResponse = page.waitForResponse(`${ROOT_SITE}${script}`);
    await page.goto('/');
    // Chromium accepts brotli from localhost, so it gets the build's .br file.
    expect((await (await entryResponse).allHeaders())['content-encoding']).toBe('br');
    await expectEveryAreaFilled(page);
    await expect(page.getByRole('article', { name: '移动电话用户' }).getByText('4261.7万户').first()).toBeVisible();
    await expect(page.getByText('离线演示 · 数据摘自报道')).toBeVisible();
  });

  test('the /dash/ build fills every area', async ({ page }) => {
    await page.goto(`${SUBPATH_SITE}/dash/`);
    await expectEveryAreaFilled(page);
    await expect(page.getByRole('article', { name: '移动电话用户' }).getByText('4261.7万户').first()).toBeVisible();
  });

  test('the big screen may still go full screen, the camera is switched off', async ({ page }) => {
    await page.goto('/screen');
    await expect(page.getByRole('button', { name: '全屏' })).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenEnabled)).toBe(true);
    // Chromium's document.featurePolicy reports what the Permissions-Policy header allows.
    const allowed = await page.evaluate(() => {
      const policy = (document as Document & { featurePolicy?: { allowsFeature(name: string): boolean } })
        .featurePolicy;
      return policy
        ? { camera: policy.allowsFeature('camera'), fullscreen: policy.allowsFeature('fullscreen') }
        : undefined;
    });
    expect(allowed).toEqual({ camera: false, fullscreen: true });
  });
});

test.describe('the API behind /api/ (api-proxy.conf)', () => {
  test('reads pass through to the API, uncached; anything but a read is refused', async ({ request }) => {
    const report = await get(request, `${LIVE_SITE}/api/report`);
    expect(report.status()).toBe(200);
    expect(report.headers()).toMatchObject({ 'cache-control': 'no-store', ...SECURITY_HEADERS });
    expect(report.headers()['content-type']).toMatch(/^application\/json/);
    expect(await report.json()).toMatchObject({ asOf: '2025-07-31', baselineDate: '2020-12-31' });

    const unknown = await get(request, `${LIVE_SITE}/api/indicators/no-such-indicator`);
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: expect.any(String) } });

    const post = await request.post(`${LIVE_SITE}/api/report`, { data: { anything: 1 } });
    expect(post.status()).toBe(403);
  });

  test('the live build fills every area from the proxied API, with no mock worker', async ({ page }) => {
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(new URL(request.url()).origin);
    });
    await page.goto(LIVE_SITE);
    await expectEveryAreaFilled(page);
    await expect(page.getByRole('article', { name: '移动电话用户' }).getByText('4261.7万户').first()).toBeVisible();
    await expect(page.getByText('离线演示 · 数据摘自报道')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(new Set(apiRequests)).toEqual(new Set([LIVE_SITE]));
  });
});

test.describe('framing', () => {
  /** Chromium logs a refused frame as a console error; the test expects exactly that one and nothing else. */
  function takeRefusal(pageErrors: string[], directive: string): string[] {
    const refusal = `console.error: Framing '${ROOT_SITE}/' violates the following Content Security Policy directive: "${directive}". The request has been blocked.`;
    const isRefusal = (error: string) => error.trim() === refusal;
    const taken = pageErrors.filter(isRefusal);
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !isRefusal(error)));
    return taken;
  }

  test('another site cannot frame the dashboard', async ({ page, guards }) => {
    await page.goto(`${LISTED_HOST}/frame-dashboard.html`);
    await expect(page.getByRole('heading', { name: 'Portal framing the dashboard' })).toBeVisible();
    await expect.poll(() => takeRefusal(guards.pageErrors, "frame-ancestors 'none'").length).toBe(1);
    const frame = page.frameLocator('iframe[title="framed page"]');
    await expect(frame.getByRole('heading', { name: '山西信息通信业“十四五”发展成就' })).toHaveCount(0);
  });

  test('a listed site frames an embed, which shows its figure', async ({ page }) => {
    await page.goto(`${LISTED_HOST}/frame-embed.html`);
    const frame = page.frameLocator('iframe[title="framed page"]');
    await expect(frame.getByRole('article', { name: '移动电话用户' }).getByText('4261.7万户').first()).toBeVisible();
  });

  test('a site that is not listed cannot frame an embed', async ({ page, guards }) => {
    await page.goto(`${UNLISTED_HOST}/frame-embed.html`);
    await expect(page.getByRole('heading', { name: 'Portal framing one figure' })).toBeVisible();
    await expect.poll(() => takeRefusal(guards.pageErrors, `frame-ancestors 'self' ${LISTED_HOST}`).length).toBe(1);
    const frame = page.frameLocator('iframe[title="framed page"]');
    await expect(frame.getByRole('article')).toHaveCount(0);
  });
});

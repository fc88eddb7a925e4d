import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
// As deploy/nginx/dashboard.conf: the API is this site's /api, so connect-src is only 'self'.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The built dashboard (dist/) beside the API on one port, as nginx would serve it: hashed assets for a year,
 * everything else revalidated, a path that is not a file gets index.html (/screen, /report, /embed/…), and
 * config.json says live mode with this service's /api, whatever the build's own config.json says.
 */
export function staticSite(distDir: string) {
  const root = path.resolve(distDir);
  const builtConfig = JSON.parse(readFileSync(path.join(root, 'config.json'), 'utf8')) as Record<string, unknown>;
  const liveConfig = JSON.stringify({ ...builtConfig, apiBaseUrl: '/api', mocks: false });
  const indexHtml = readFileSync(path.join(root, 'index.html'));
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    if (!c.res.headers.has('Cache-Control')) {
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });
  app.get('/config.json', (c) => c.body(liveConfig, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  app.use('*', serveStatic({ root, precompressed: true }));
  app.get('*', (c) => {
    // A missing file (a stale asset after a redeploy) is a 404, never index.html served as script.
    if (/\.[A-Za-z0-9]+$/.test(c.req.path)) return c.notFound();
    const embed = c.req.path.startsWith('/embed/');
    return c.body(new Uint8Array(indexHtml), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `${CSP}; frame-ancestors ${embed ? '*' : "'none'"}`,
    });
  });
  return app;
}

export const hasBuild = (distDir: string) => existsSync(path.join(distDir, 'index.html'));

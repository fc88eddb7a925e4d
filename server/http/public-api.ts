import { Hono, type Context } from 'hono';
import { endpoints } from '@/api/endpoints';
import { AreaId, type ApiError } from '@/api/schemas';
import { areaKey, indicatorKey, type CachedAnswer } from './published-answers';
import type { PublishedState } from './published-state';

/** Proxies and CDNs may keep an answer a minute and serve it stale while they fetch the new one. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };

export function apiError(c: Context, status: 400 | 404 | 503, code: string, message: string) {
  return c.json<ApiError>({ error: { code, message } }, status, { ...CORS, 'Cache-Control': 'no-store' });
}

/** `If-None-Match` may list several tags, or `*`; weak tags match too (RFC 9110 weak comparison). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return undefined;
}

function send(c: Context, answer: CachedAnswer, revision: number) {
  const headers: Record<string, string> = {
    ...CORS,
    ETag: answer.etag,
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    Vary: 'Accept-Encoding',
    'X-Revision': String(revision),
  };
  if (matches(c.req.header('if-none-match'), answer.etag)) return c.body(null, 304, headers);
  const encoding = encodingFor(c.req.header('accept-encoding'));
  const body = encoding === 'br' ? answer.brotli : encoding === 'gzip' ? answer.gzip : answer.body;
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(body.byteLength);
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  return c.body(body, 200, headers);
}

/** Every GET of public/openapi.json, from the published revision's answers in memory. */
export function publicApi(state: PublishedState) {
  const app = new Hono();
  const serve = (c: Context, key: string | null, notFound: () => Response | Promise<Response>) => {
    const published = state.answers;
    if (!published) return apiError(c, 503, 'starting', 'The statistics service is starting; try again in a moment');
    const answer = key === null ? undefined : published.answers.get(key);
    return answer ? send(c, answer, published.revision) : notFound();
  };
  const byArea = (path: string) => (c: Context) => {
    const area = c.req.query('area');
    if (area === undefined) return serve(c, path, () => c.notFound());
    if (!AreaId.safeParse(area).success) return apiError(c, 400, 'unknown-area', `Unknown area "${area}"`);
    return serve(c, areaKey(path, area), () => c.notFound());
  };

  app.on(['GET', 'HEAD'], endpoints.report, (c) => serve(c, endpoints.report, () => c.notFound()));
  app.on(['GET', 'HEAD'], endpoints.indicators, byArea(endpoints.indicators));
  app.on(['GET', 'HEAD'], endpoints.highlights, byArea(endpoints.highlights));
  app.on(['GET', 'HEAD'], endpoints.indicator, (c) =>
    serve(c, indicatorKey(c.req.param('id') ?? ''), () => apiError(c, 404, 'not-found', 'No indicator with that id')),
  );
  app.options('*', (c) =>
    c.body(null, 204, {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': c.req.header('access-control-request-headers') ?? '',
      'Access-Control-Max-Age': '600',
    }),
  );
  return app;
}

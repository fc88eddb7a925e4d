import { Hono, type Context } from 'hono';
import { endpoints } from '@/api/endpoints';
import { AreaId, type ApiError } from '@/api/schemas';
import { PREVIEW_PARAM } from '@/api/admin-schemas';
import type { DraftPreview } from './draft-preview';
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
  if (ifNoneMatch === etag) return true;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return undefined;
}

type HeaderMap = Readonly<Record<string, string>>;
type AnswerHeaders = { notModified: HeaderMap; identity: HeaderMap; gzip: HeaderMap; br: HeaderMap };

/**
 * Each answer's headers, built once per answer (so once per revision) rather than per request. Plain objects on a
 * Response of our own: c.body() with more than one header builds a Headers object that @hono/node-server then turns
 * back into a plain object for writeHead, on every request.
 */
const answerHeaders = new WeakMap<CachedAnswer, AnswerHeaders>();

function headersOf(answer: CachedAnswer, revision: number): AnswerHeaders {
  let headers = answerHeaders.get(answer);
  if (headers) return headers;
  const common = {
    ...CORS,
    ETag: answer.etag,
    'Cache-Control': PUBLIC_CACHE_CONTROL,
    Vary: 'Accept-Encoding',
    'X-Revision': String(revision),
  };
  const withBody = (body: Uint8Array, encoding?: 'br' | 'gzip') => ({
    ...common,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.byteLength),
  });
  headers = {
    notModified: common,
    identity: withBody(answer.body),
    gzip: withBody(answer.gzip, 'gzip'),
    br: withBody(answer.brotli, 'br'),
  };
  answerHeaders.set(answer, headers);
  return headers;
}

function send(c: Context, answer: CachedAnswer, revision: number): Response {
  const headers = headersOf(answer, revision);
  if (matches(c.req.header('if-none-match'), answer.etag))
    return new Response(null, { status: 304, headers: headers.notModified });
  const encoding = encodingFor(c.req.header('accept-encoding'));
  const body = encoding === 'br' ? answer.brotli : encoding === 'gzip' ? answer.gzip : answer.body;
  const head = c.req.method === 'HEAD';
  return new Response(head ? null : body, { status: 200, headers: headers[encoding ?? 'identity'] });
}

const PREVIEW_MARK = `${PREVIEW_PARAM}=`;

/**
 * Every GET of public/openapi.json, from the published revision's answers in memory. With `?revision=N` and a
 * `preview`, a signed-in person's look at revision N instead (see draft-preview.ts).
 */
export function publicApi(state: PublishedState, preview?: DraftPreview) {
  const app = new Hono();
  const serve = (c: Context, key: string | null, notFound: () => Response | Promise<Response>) => {
    // A substring test first, so the public path never parses the query for a parameter it does not have.
    if (preview && c.req.url.includes(PREVIEW_MARK)) {
      const revision = c.req.query(PREVIEW_PARAM);
      if (revision !== undefined) return preview.answer(c, revision, key);
    }
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

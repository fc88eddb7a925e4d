import { describe, expect, it, vi } from 'vitest';
import { createApiClient, withRevision } from '../../src/api/client';
import { Report } from '../../src/api/schemas';
import { routeFor } from '../../src/app/routes';
import { hasSignedInHint } from '../../src/domain/signed-in-hint';
import { previewRevisionOf } from '../../src/domain/preview-revision';
import { report } from '../../mocks/data';

/** A transport that answers every request with the article's report and records what was asked. */
function recordingFetch() {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response(JSON.stringify(report), { headers: { 'content-type': 'application/json' } });
  });
  return { calls, fetchImpl: fetchImpl as unknown as typeof fetch };
}

describe('the API client in preview mode', () => {
  it('asks every path for revision N, after a query the path already has, with the cookie and no cache', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const client = createApiClient({ baseUrl: '/api', timeoutMs: 1000, fetchImpl, previewRevision: 7 });
    await client.get('/report', Report);
    await client.get('/indicators?area=network', Report).catch(() => undefined);
    expect(calls.map((call) => call.url)).toEqual([
      '/api/report?revision=7',
      '/api/indicators?area=network&revision=7',
    ]);
    for (const call of calls) expect(call.init).toMatchObject({ credentials: 'same-origin', cache: 'no-store' });
  });

  it('leaves the published figures’ requests as they were: no revision, no cookie, revalidated', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const client = createApiClient({ baseUrl: '/api/', timeoutMs: 1000, fetchImpl });
    await client.get('/report', Report);
    expect(calls[0]?.url).toBe('/api/report');
    expect(calls[0]?.init).toMatchObject({ credentials: 'omit', cache: 'no-cache' });
    expect(client.baseUrl).toBe('/api/');
  });

  it('appends the parameter with ? or &', () => {
    expect(withRevision('/api/report', 2)).toBe('/api/report?revision=2');
    expect(withRevision('/api/highlights?area=users', 12)).toBe('/api/highlights?area=users&revision=12');
  });
});

describe('the preview parameter', () => {
  it('is a positive whole number, or no preview at all', () => {
    expect(previewRevisionOf('2')).toBe(2);
    expect(previewRevisionOf('125')).toBe(125);
    for (const wrong of [null, '', '0', '-1', '2.5', '1e3', '02', 'two', ' 2', '9999999999']) {
      expect(previewRevisionOf(wrong), String(wrong)).toBeUndefined();
    }
  });
});

describe('the signed-in hint', () => {
  it('is the cookie shanxi_signed_in=1 among any others, nothing less', () => {
    expect(hasSignedInHint('shanxi_signed_in=1')).toBe(true);
    expect(hasSignedInHint('theme=dark; shanxi_signed_in=1; other=x')).toBe(true);
    expect(hasSignedInHint('')).toBe(false);
    expect(hasSignedInHint('shanxi_signed_in=0')).toBe(false);
    expect(hasSignedInHint('not_shanxi_signed_in=1')).toBe(false);
    expect(hasSignedInHint('shanxi_session=abc')).toBe(false);
  });
});

describe('the /data route', () => {
  it('is its own page, under a base path too, and in the offline file’s hash route', () => {
    expect(routeFor('/data', '/')).toEqual({ page: 'data' });
    expect(routeFor('/data/', '/')).toEqual({ page: 'data' });
    expect(routeFor('/dash/data', '/dash/')).toEqual({ page: 'data' });
    expect(routeFor('/data/x', '/')).toEqual({ page: 'dashboard' });
  });
});

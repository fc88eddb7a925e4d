// @vitest-environment node
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { failure } from '../setup/api-failure';
import { createApiClient } from '../../src/api/client';
import { Indicator, Report } from '../../src/api/schemas';

const client = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 200 });
const reportUrl = `${TEST_API_BASE_URL}/report`;

describe('the API client', () => {
  it('returns a parsed report from the mocked API', async () => {
    const report = await client.get('/report', Report);
    expect(report.asOf).toBe('2025-07-31');
    expect(report.areas.map((area) => area.id)).toEqual([
      'scale',
      'users',
      'network',
      'compute',
      'industry',
      'inclusion',
    ]);
  });

  it('reports a network failure', async () => {
    server.use(http.get(reportUrl, () => HttpResponse.error()));
    expect(await failure(client.get('/report', Report))).toMatchObject({ kind: 'network', url: reportUrl });
  });

  it('reports an HTTP status and treats 4xx as permanent, 5xx as retryable', async () => {
    server.use(http.get(reportUrl, () => new HttpResponse('nope', { status: 403 })));
    const forbidden = await failure(client.get('/report', Report));
    expect(forbidden).toMatchObject({ kind: 'http', status: 403, isPermanent: true });
    server.use(http.get(reportUrl, () => new HttpResponse('down', { status: 503 })));
    expect(await failure(client.get('/report', Report))).toMatchObject({
      kind: 'http',
      status: 503,
      isPermanent: false,
    });
  });

  it('reports a body that is not JSON, e.g. an HTML page', async () => {
    server.use(http.get(reportUrl, () => HttpResponse.html('<!doctype html><title>Login</title>')));
    expect(await failure(client.get('/report', Report))).toMatchObject({ kind: 'not-json' });
  });

  it('reports JSON of the wrong shape with the failing path', async () => {
    server.use(http.get(reportUrl, () => HttpResponse.json({ title: { zh: '标题' } })));
    const error = await failure(client.get('/report', Report));
    expect(error.kind).toBe('schema');
    expect(error.isPermanent).toBe(true);
    expect(error.issues.map((issue) => issue.path)).toContain('title.en');
  });

  it('gives up on a request that never answers', async () => {
    server.use(
      http.get(reportUrl, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    expect(await failure(client.get('/report', Report))).toMatchObject({ kind: 'timeout' });
  });

  it('keeps the valid items of a list and sets aside an invalid one', async () => {
    const [first, second] = indicators;
    server.use(
      http.get(`${TEST_API_BASE_URL}/indicators`, () =>
        HttpResponse.json({ items: [first, { ...second, observations: [{ date: '2025-07-31', value: 'NaN' }] }] }),
      ),
    );
    const result = await client.getList('/indicators?area=scale', Indicator);
    expect(result.items).toEqual([first]);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        index: 1,
        id: second?.id,
        issues: expect.arrayContaining([expect.objectContaining({ path: 'observations.0.value' })]),
      }),
    ]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createInPageFetch } from '../../mocks/in-page';
import { createApiClient } from '../../src/api/client';
import { ApiRequestError } from '../../src/api/api-error';
import { Report } from '../../src/api/schemas';

const BASE = 'http://offline-demo.invalid/api';

describe('the in-page transport of the offline demo file', () => {
  it('answers the same API client from the same handlers, with no network', async () => {
    const client = createApiClient({ baseUrl: BASE, timeoutMs: 15_000, fetchImpl: createInPageFetch(BASE) });
    const report = await client.get('/report', Report);
    expect(report.title.zh).toBe('山西信息通信业“十四五”发展成就');
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

  it('answers a path it does not know with the API’s own 404 body', async () => {
    const response = await createInPageFetch(BASE)(`${BASE}/no-such-thing`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not-found', message: 'No mock for GET /api/no-such-thing' },
    });
  });

  it('plays a scenario named in the page address, and the client reports it as an HTTP error', async () => {
    const client = createApiClient({ baseUrl: BASE, timeoutMs: 15_000, fetchImpl: createInPageFetch(BASE, 'error') });
    const failure = await client.get('/report', Report).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ kind: 'http', status: 503 });
  });

  it('gives up when the request is aborted, as a fetch would', async () => {
    const controller = new AbortController();
    const pending = createInPageFetch(BASE, 'slow')(`${BASE}/report`, { signal: controller.signal });
    controller.abort(new DOMException('left the page', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

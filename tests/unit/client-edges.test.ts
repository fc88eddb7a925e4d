import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { ApiRequestError } from '../../src/api/api-error';
import { createApiClient } from '../../src/api/client';
import { createQueryClient } from '../../src/api/query-client';
import { Report } from '../../src/api/schemas';
import { failure } from '../setup/api-failure';

const reportUrl = `${TEST_API_BASE_URL}/report`;
const client = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 200 });

/** Counts the requests that reach the mock API for the report. */
function countReportRequests(): { count: number } {
  const seen = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (request.url === reportUrl) seen.count += 1;
  });
  return seen;
}

describe('the API client at its edges', () => {
  it('rethrows a cancellation as it is, not as an API failure', async () => {
    server.use(
      http.get(reportUrl, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const request = client.get('/report', Report, controller.signal);
    const cancelled = new DOMException('the reader left the page', 'AbortError');
    controller.abort(cancelled);
    const thrown = await request.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).not.toBeInstanceOf(ApiRequestError);
    expect(thrown).toBe(cancelled);
  });

  it('says a body cut off mid-read was cut off, as a typed network failure', async () => {
    server.use(
      http.get(
        reportUrl,
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"asOf":"2025-'));
                controller.error(new Error('connection reset'));
              },
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    );
    const error = await failure(client.get('/report', Report));
    expect(error).toMatchObject({ kind: 'network', url: reportUrl, message: 'The response was cut off' });
    expect(error.isPermanent).toBe(false);
  });

  it('sends nothing until `ready` resolves, then sends the request', async () => {
    const requests = countReportRequests();
    let open: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => {
      open = resolve;
    });
    const waiting = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 2000, ready });
    const report = waiting.get('/report', Report);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests.count).toBe(0);
    open();
    expect((await report).asOf).toBe('2025-07-31');
    expect(requests.count).toBe(1);
  });

  it('fails every request with the reason `ready` failed for, and sends none', async () => {
    const requests = countReportRequests();
    const broken = new Error('the mock worker did not start');
    const never = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 2000, ready: Promise.reject(broken) });
    await expect(never.get('/report', Report)).rejects.toBe(broken);
    expect(requests.count).toBe(0);
  });
});

describe('retries per kind of failure (the production rule, without its waiting)', () => {
  /** Runs one query through the app's query client and returns how many requests reached the API. */
  async function requestsFor(
    answer: () => Response | Promise<Response>,
  ): Promise<{ requests: number; error: unknown }> {
    const requests = countReportRequests();
    server.use(http.get(reportUrl, answer));
    const queryClient = createQueryClient({ retryDelay: 1 });
    const error = await queryClient
      .fetchQuery({ queryKey: ['report'], queryFn: () => client.get('/report', Report) })
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    queryClient.clear();
    return { requests: requests.count, error };
  }

  it.each([
    ['a server error (500)', () => new HttpResponse(null, { status: 500 }), 3],
    ['a bad gateway (502)', () => new HttpResponse(null, { status: 502 }), 3],
    ['a network failure', () => HttpResponse.error(), 3],
    ['unauthorised (401)', () => new HttpResponse(null, { status: 401 }), 1],
    ['forbidden (403)', () => new HttpResponse(null, { status: 403 }), 1],
    ['not found (404)', () => new HttpResponse(null, { status: 404 }), 1],
    ['a body of the wrong shape', () => HttpResponse.json({ title: 'no' }), 1],
  ] as const)('%s: %i request(s) in all', async (_kind, answer, expected) => {
    const { requests, error } = await requestsFor(answer);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(requests).toBe(expected);
  });

  it('a timeout: 1 request, the reader is not kept waiting three times', async () => {
    const { requests, error } = await requestsFor(async () => {
      await delay('infinite');
      return HttpResponse.json({});
    });
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(requests).toBe(1);
  });
});

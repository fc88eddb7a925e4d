// @vitest-environment node
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { highlights, indicators, report } from '../../mocks/data';
import {
  MOCK_API_DEFAULT_PORT,
  startMockApiServer,
  type MockApiServer,
} from '../../mocks/server/create-mock-api-server';
import { parseMockApiArgs, runMockApiCli, UsageError } from '../../mocks/server/mock-api-cli';
import { createApiClient } from '../../src/api/client';
import { ApiError, Indicator, Report } from '../../src/api/schemas';
import { letLocalServersThrough } from './local-http';

const started: MockApiServer[] = [];
async function start(options: Parameters<typeof startMockApiServer>[0] = {}) {
  const server = await startMockApiServer({ port: 0, host: '127.0.0.1', ...options });
  started.push(server);
  return server;
}

beforeEach(letLocalServersThrough);
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

/** A GET that carries a body, written on a raw socket: fetch() refuses to send one. */
function getWithBody(url: string, body: string): Promise<{ status: number; body: string }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', rest = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: rest });
    });
  });
}

describe('the standalone mock API refuses what a read-only API never needs', () => {
  it('answers 405 with the Error body to a POST, without reading its body', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/report`, { method: 'POST', body: 'x'.repeat(100_000) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(ApiError.parse(await response.json()).error.code).toBe('method-not-allowed');
  });

  it('answers 413 with the Error body to a GET that carries a body', async () => {
    const { url } = await start();
    const { status, body } = await getWithBody(`${url}/report`, '{"padding":"' + 'x'.repeat(10_000) + '"}');
    expect(status).toBe(413);
    expect(ApiError.parse(JSON.parse(body)).error.code).toBe('body-not-allowed');
  });
});

describe('the standalone mock API', () => {
  it('serves the dataset under /api with CORS headers', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);

    const reportResponse = await fetch(`${url}/report`, { headers: { Origin: 'http://localhost:4180' } });
    expect(reportResponse.status).toBe(200);
    expect(reportResponse.headers.get('access-control-allow-origin')).toBe('*');
    expect(reportResponse.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await reportResponse.json()).toEqual(report);

    const users = await (await fetch(`${url}/indicators?area=users`)).json();
    expect(users).toEqual({ items: indicators.filter((indicator) => indicator.area === 'users') });
    const [first] = indicators;
    expect(await (await fetch(`${url}/indicators/${first?.id}`)).json()).toEqual(first);
    expect(await (await fetch(`${url}/highlights`)).json()).toEqual({ items: highlights });
  });

  it('answers a CORS preflight', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/report`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4180',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'accept, x-request-id',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(response.headers.get('access-control-allow-headers')).toBe('accept, x-request-id');
  });

  it('answers unknown paths with a 404 Error body, and keeps the handlers’ own errors', async () => {
    const { url } = await start();
    for (const path of [`${url}/nope`, `${url.replace(/\/api$/, '')}/elsewhere`]) {
      const response = await fetch(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(ApiError.parse(await response.json()).error.code).toBe('not-found');
    }
    const unknownArea = await fetch(`${url}/indicators?area=mars`);
    expect(unknownArea.status).toBe(400);
    expect(ApiError.parse(await unknownArea.json()).error.code).toBe('unknown-area');
  });

  it('is what the app’s own client reads in live mode', async () => {
    const { url } = await start();
    const client = createApiClient({ baseUrl: url, timeoutMs: 5000 });
    expect((await client.get('/report', Report)).asOf).toBe(report.asOf);
    const list = await client.getList('/indicators?area=scale', Indicator);
    expect(list.rejected).toEqual([]);
    expect(list.items.map((indicator) => indicator.id)).toEqual(
      indicators.filter((indicator) => indicator.area === 'scale').map((indicator) => indicator.id),
    );
  });

  it('serves a scenario when asked', async () => {
    const { url } = await start({ scenario: 'error' });
    const response = await fetch(`${url}/report`);
    expect(response.status).toBe(503);
    expect(ApiError.safeParse(await response.json()).success).toBe(true);
  });

  it('logs each answered request', async () => {
    const lines: string[] = [];
    const { url } = await start({ onRequest: (line) => lines.push(line) });
    await (await fetch(`${url}/report`)).arrayBuffer();
    await (await fetch(`${url}/missing`)).arrayBuffer();
    expect(lines).toEqual(['200 GET /api/report', '404 GET /api/missing']);
  });
});

describe('npm run mock-api arguments', () => {
  it('takes --port over $PORT over the default, and a scenario name', () => {
    expect(parseMockApiArgs([], {})).toEqual({
      port: MOCK_API_DEFAULT_PORT,
      host: 'localhost',
      scenario: undefined,
      help: false,
    });
    expect(parseMockApiArgs([], { PORT: '5000' }).port).toBe(5000);
    expect(parseMockApiArgs(['--port', '0', '--scenario', 'slow'], { PORT: '5000' })).toMatchObject({
      port: 0,
      scenario: 'slow',
    });
    expect(parseMockApiArgs(['--port=4191', '--host', '127.0.0.1'], {})).toMatchObject({
      port: 4191,
      host: '127.0.0.1',
    });
  });

  it('rejects a bad port, an unknown scenario or option', () => {
    expect(() => parseMockApiArgs(['--port', 'http'], {})).toThrow(UsageError);
    expect(() => parseMockApiArgs(['--port', '70000'], {})).toThrow(UsageError);
    expect(() => parseMockApiArgs([], { PORT: '-1' })).toThrow(UsageError);
    expect(() => parseMockApiArgs(['--scenario', 'chaos'], {})).toThrow(/unknown scenario "chaos"/);
    expect(() => parseMockApiArgs(['--verbose'], {})).toThrow(UsageError);
  });

  it('runs until stopped, prints the address, and exits 2 on bad arguments or 1 on a taken port', async () => {
    const output = { lines: [] as string[], errors: [] as string[] };
    const io = { log: (line: string) => output.lines.push(line), error: (line: string) => output.errors.push(line) };
    const stop = new AbortController();
    const running = runMockApiCli(['--port', '0', '--host', '127.0.0.1'], {}, io, stop.signal);
    await expect.poll(() => output.lines[0]).toMatch(/^Mock API on http:\/\/127\.0\.0\.1:\d+\/api$/);
    const url = output.lines[0]?.replace('Mock API on ', '') ?? '';
    expect((await fetch(`${url}/report`)).status).toBe(200);

    const taken = new URL(url).port;
    expect(await runMockApiCli(['--port', taken, '--host', '127.0.0.1'], {}, io, stop.signal)).toBe(1);
    expect(output.errors.at(-1)).toContain(`cannot listen on 127.0.0.1:${taken}`);

    stop.abort();
    expect(await running).toBe(0);
    expect(await runMockApiCli(['--scenario', 'chaos'], {}, io, stop.signal)).toBe(2);
    expect(output.errors.at(-1)).toContain('usage: npm run mock-api');
  });

  it('starts from the npm script entry and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['scripts/run.mjs', 'mocks/server/mock-api-cli.ts', '--port', '0', '--host', '127.0.0.1', '--scenario', 'empty'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const lines = createInterface({ input: child.stdout });
      const [firstLine] = (await once(lines, 'line')) as [string];
      expect(firstLine).toMatch(/^Mock API on http:\/\/127\.0\.0\.1:\d+\/api \(scenario: empty\)$/);
      const url = firstLine.replace(/^Mock API on (\S+).*$/, '$1');
      expect(await (await fetch(`${url}/highlights`)).json()).toEqual({ items: [] });
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  }, 30_000);
});

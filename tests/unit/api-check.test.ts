// @vitest-environment node
import { execFile } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indicators } from '../../mocks/data';
import { startMockApiServer } from '../../mocks/server/create-mock-api-server';
import { runApiCheckCli } from '../../scripts/api-check/api-check-cli';
import { checkContract, formatResult, UNKNOWN_INDICATOR_ID } from '../../scripts/api-check/check-contract';
import { areaIds } from '../../src/api/schemas';
import { closedPortOrigin, letLocalServersThrough, startLocalServer } from './local-http';

const CHECKS = 1 + 1 + areaIds.length + 2 + 1 + areaIds.length;

const cleanups: (() => Promise<void>)[] = [];
beforeEach(letLocalServersThrough);
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function mockApi(options: Parameters<typeof startMockApiServer>[0] = {}) {
  const server = await startMockApiServer({ port: 0, host: '127.0.0.1', ...options });
  cleanups.push(server.close);
  return server.url;
}

/** A broken API: every request gets the same answer. */
async function brokenApi(respond: (response: ServerResponse, path: string) => void) {
  const server = await startLocalServer((request, response) => respond(response, request.url ?? '/'));
  cleanups.push(server.close);
  return `${server.origin}/api`;
}

async function runCli(...argv: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const exitCode = await runApiCheckCli(argv, { log: (line) => lines.push(line), error: (line) => errors.push(line) });
  return { exitCode, lines, errors };
}

const json = (response: ServerResponse, status: number, body: string) => {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(body);
};

describe('api:check against the standalone mock API', () => {
  it('passes every request of the contract and exits 0', async () => {
    const { exitCode, lines, errors } = await runCli(await mockApi());
    expect(errors).toEqual([]);
    expect(lines).toHaveLength(CHECKS + 1);
    expect(lines.slice(0, -1).every((line) => line.startsWith('PASS  GET /'))).toBe(true);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PASS  GET /report',
        'PASS  GET /indicators',
        ...areaIds.map((area) => `PASS  GET /indicators?area=${area}`),
        `PASS  GET /indicators/${indicators[0]?.id}`,
        `PASS  GET /indicators/${UNKNOWN_INDICATOR_ID}`,
        'PASS  GET /highlights',
        ...areaIds.map((area) => `PASS  GET /highlights?area=${area}`),
      ]),
    );
    expect(lines.at(-1)).toBe(`${CHECKS} passed, 0 failed`);
    expect(exitCode).toBe(0);
  });

  it('runs as the npm script entry', async () => {
    const url = await mockApi();
    const { stdout } = await promisify(execFile)(process.execPath, [
      'scripts/run.mjs',
      'scripts/api-check/api-check-cli.ts',
      url,
    ]);
    expect(stdout.trim().split('\n').at(-1)).toBe(`${CHECKS} passed, 0 failed`);
  }, 30_000);

  it('flags the invalid item of every indicator list in the partial scenario and nothing else', async () => {
    const results = await checkContract({ baseUrl: await mockApi({ scenario: 'partial' }) });
    const failed = results.filter((result) => result.failures.length > 0);
    expect(failed.map((result) => result.request)).toEqual([
      'GET /indicators',
      ...areaIds.map((area) => `GET /indicators?area=${area}`),
    ]);
    for (const { failures } of failed) {
      expect(failures).toEqual([
        expect.stringMatching(
          /^items\.\d+\.observations\.\d+\.value: Invalid input: expected number, received string$/,
        ),
      ]);
    }
  });
});

describe('api:check against broken APIs', () => {
  it('reports a closed port as connection refused and exits 1', async () => {
    const { exitCode, lines } = await runCli(`${await closedPortOrigin()}/api`);
    expect(lines[0]).toBe('FAIL  GET /report: connection refused');
    expect(lines).toContain('FAIL  GET /indicators/:id: not run: GET /indicators gave no indicator id');
    expect(lines.at(-1)).toBe(`0 passed, ${CHECKS} failed`);
    expect(exitCode).toBe(1);
  });

  it('reports an HTTP error status', async () => {
    const { exitCode, lines } = await runCli(
      await brokenApi((response) => json(response, 500, '{"error":{"code":"x","message":"boom"}}')),
    );
    expect(lines[0]).toBe('FAIL  GET /report: HTTP 500');
    expect(lines).toContain(`FAIL  GET /indicators/${UNKNOWN_INDICATOR_ID}: HTTP 500, expected 404`);
    expect(exitCode).toBe(1);
  });

  it('reports an HTML page instead of JSON', async () => {
    const baseUrl = await brokenApi((response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Sign in</title>');
    });
    const { exitCode, lines } = await runCli(baseUrl);
    expect(lines[0]).toBe('FAIL  GET /report: content-type text/html, expected application/json');
    expect(exitCode).toBe(1);
  });

  it('reports a truncated JSON body', async () => {
    const { exitCode, lines } = await runCli(
      await brokenApi((response) => json(response, 200, '{"items": [{"id": "mob')),
    );
    expect(lines[0]).toMatch(/^FAIL {2}GET \/report: invalid JSON: Unterminated string in JSON at position \d+/);
    expect(exitCode).toBe(1);
  });

  it('reports valid JSON of the wrong shape, rule by rule', async () => {
    const { exitCode, lines } = await runCli(await brokenApi((response) => json(response, 200, '{}')));
    expect(lines[0]).toMatch(
      /^FAIL {2}GET \/report: title: Invalid input: expected object, received undefined; region: /,
    );
    expect(lines[1]).toBe('FAIL  GET /indicators: items: Invalid input: expected array, received undefined');
    expect(lines).toContain(`FAIL  GET /indicators/${UNKNOWN_INDICATOR_ID}: HTTP 200, expected 404`);
    expect(exitCode).toBe(1);
  });

  it('reports the one bad indicator among good ones by its path', async () => {
    const [first, second, third] = indicators;
    if (!first || !second || !third) throw new Error('the dataset needs three indicators');
    const broken = {
      ...second,
      observations: second.observations.map((observation) => ({ ...observation, value: 'NaN' })),
    };
    const baseUrl = await brokenApi((response, path) =>
      path === '/api/indicators'
        ? json(response, 200, JSON.stringify({ items: [first, broken, third] }))
        : json(response, 404, '{"error":{"code":"not-found","message":"not here"}}'),
    );
    const results = await checkContract({ baseUrl });
    expect(formatResult(results[1] ?? { request: '', failures: [] })).toBe(
      second.observations
        .map((_, index) => `items.1.observations.${index}.value: Invalid input: expected number, received string`)
        .join('; ')
        .replace(/^/, 'FAIL  GET /indicators: '),
    );
    // The id check borrows the first valid item, so one bad item does not block it.
    expect(results.map((result) => result.request)).toContain(`GET /indicators/${first.id}`);
  });

  it('reports series problems: duplicate dates fail; an unsorted series and a future latest date warn', async () => {
    const [first, second, third] = indicators;
    if (!first || !second || !third) throw new Error('the dataset needs three indicators');
    const point = (date: string, value: number) => ({ date, value, derived: false, bound: 'exact' });
    const unsorted = {
      ...first,
      observations: [point('2025-07-31', 3), point('2025-05-31', 1), point('2025-06-30', 2)],
    };
    const duplicate = { ...second, observations: [point('2025-06-30', 1), point('2025-06-30', 2)] };
    const future = { ...third, observations: [point('2025-06-30', 1), point('2030-01-31', 2)] };
    const baseUrl = await brokenApi((response, path) =>
      path === '/api/indicators'
        ? json(response, 200, JSON.stringify({ items: [unsorted, duplicate, future] }))
        : json(response, 404, '{"error":{"code":"not-found","message":"not here"}}'),
    );
    const results = await checkContract({ baseUrl, today: '2026-01-15' });
    expect(formatResult(results[1] ?? { request: '', failures: [] })).toBe(
      'FAIL  GET /indicators: items.1.observations.1.date: two observations share the date 2025-06-30',
    );
    const withoutDuplicate = await brokenApi((response, path) =>
      path === '/api/indicators'
        ? json(response, 200, JSON.stringify({ items: [unsorted, future] }))
        : json(response, 404, '{"error":{"code":"not-found","message":"not here"}}'),
    );
    const warned = await checkContract({ baseUrl: withoutDuplicate, today: '2026-01-15' });
    expect(formatResult(warned[1] ?? { request: '', failures: [] })).toBe(
      'WARN  GET /indicators: items.0.observations.1.date: 2025-05-31 comes after 2025-07-31; series should be sorted oldest first (the dashboard sorts them); items.1.observations: the latest date 2030-01-31 is in the future (today is 2026-01-15)',
    );
  });

  it('passes the illustrative series scenario of the mock API without warnings', async () => {
    const results = await checkContract({ baseUrl: await mockApi({ scenario: 'series' }), today: '2026-01-15' });
    expect(results.map(formatResult).filter((line) => !line.startsWith('PASS'))).toEqual([]);
  });

  it('reports an area filter the API ignores', async () => {
    const baseUrl = await brokenApi((response) =>
      json(response, 200, JSON.stringify({ items: indicators.slice(0, 1) })),
    );
    const results = await checkContract({ baseUrl });
    const users = results.find((result) => result.request === 'GET /indicators?area=users');
    expect(users?.failures).toEqual([`items.0.area: expected users, received ${indicators[0]?.area}`]);
  });

  it('gives up on an API that never answers, or stops halfway through a body', async () => {
    const silent = await brokenApi(() => undefined);
    const stalled = await brokenApi((response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"items": [');
    });
    for (const baseUrl of [silent, stalled]) {
      const started = Date.now();
      const { exitCode, lines } = await runCli(baseUrl, '--timeout', '0.2');
      expect(lines[0]).toBe('FAIL  GET /report: timeout after 0.2 s');
      expect(lines.at(-1)).toBe(`0 passed, ${CHECKS} failed`);
      expect(exitCode).toBe(1);
      // Requests run side by side, so a dead API costs about one timeout, not one per request.
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });
});

describe('api:check against APIs that send too much or send the reader elsewhere', () => {
  it('reports a redirect with its target instead of following it', async () => {
    const url = await brokenApi((response) => {
      response.writeHead(302, { Location: 'http://127.0.0.1:9/elsewhere' });
      response.end();
    });
    const [result] = await checkContract({ baseUrl: url });
    expect(result && formatResult(result)).toBe(
      'FAIL  GET /report: redirect HTTP 302 to http://127.0.0.1:9/elsewhere, not followed',
    );
  });

  it('stops reading a body larger than the cap (5 MB by default, --max-size to change it)', async () => {
    const url = await brokenApi((response) => json(response, 200, `{"items":["${'x'.repeat(6 * 1024 * 1024)}"]}`));
    const [byDefault] = await checkContract({ baseUrl: url });
    expect(byDefault && formatResult(byDefault)).toBe(
      'FAIL  GET /report: response larger than 5 MB, not read to the end',
    );
    const { exitCode, lines } = await runCli(url, '--max-size', '0.5');
    expect(exitCode).toBe(1);
    expect(lines[0]).toBe('FAIL  GET /report: response larger than 0.5 MB, not read to the end');
  });

  it('strips control characters from what the API sent before printing it', async () => {
    // JSON.parse quotes the start of a body it cannot read, so the API's bytes reach the report line.
    const url = await brokenApi((response) => json(response, 200, '\u001b[2J\u001b]0;pwned\u0007\u202eevil'));
    const { lines } = await runCli(url);
    const reportLine = lines.find((line) => line.includes('GET /report')) ?? '';
    expect(reportLine).toMatch(/^FAIL {2}GET \/report: invalid JSON: .*\[2J\]0;pwnedevil/);
    for (const control of ['\u001b', '\u0007', '\u202e']) expect(reportLine).not.toContain(control);
  });
});

describe('api:check arguments', () => {
  it('exits 2 with the usage for a missing or bad argument', async () => {
    for (const argv of [
      [],
      ['localhost:4174/api'],
      ['ftp://example.org/api'],
      ['http://localhost/api', '--timeout', 'soon'],
      ['a', 'b'],
    ]) {
      const { exitCode, lines, errors } = await runCli(...argv);
      expect(exitCode, argv.join(' ')).toBe(2);
      expect(lines).toEqual([]);
      expect(errors.join('\n')).toContain('usage: npm run api:check -- <baseUrl>');
    }
  });

  it('prints the usage on --help and exits 0', async () => {
    const { exitCode, lines } = await runCli('--help');
    expect(exitCode).toBe(0);
    expect(lines.join('\n')).toContain('usage: npm run api:check');
  });
});

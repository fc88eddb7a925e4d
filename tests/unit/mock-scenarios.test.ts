// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { highlights, indicators, report } from '../../mocks/data';
import { createHandlers } from '../../mocks/handlers';
import {
  parseScenario,
  PARTIAL_SCENARIO_INVALID_VALUE,
  scenarioNames,
  SLOW_SCENARIO_DELAY_MS,
  type ScenarioName,
} from '../../mocks/handlers/scenarios';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { failure } from '../setup/api-failure';
import { createApiClient } from '../../src/api/client';
import { ApiError, Highlight, Indicator, Report } from '../../src/api/schemas';

const client = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 5000 });
const users = indicators.filter((indicator) => indicator.area === 'users');
const useScenario = (scenario: ScenarioName) => server.use(...createHandlers(TEST_API_BASE_URL, scenario));

describe('?scenario= names', () => {
  it('accepts the documented names and treats anything else as the normal mock', () => {
    for (const name of scenarioNames) expect(parseScenario(name)).toBe(name);
    for (const other of [null, undefined, '', 'SLOW', 'chaos', 'slow ']) expect(parseScenario(other)).toBeUndefined();
  });
});

describe('mock scenarios', () => {
  it('slow: answers every request correctly, about 3 s late', async () => {
    useScenario('slow');
    const impatient = createApiClient({ baseUrl: TEST_API_BASE_URL, timeoutMs: 1000 });
    expect(await failure(impatient.get('/report', Report))).toMatchObject({ kind: 'timeout' });

    const started = performance.now();
    expect(await client.get('/report', Report)).toEqual(report);
    expect(performance.now() - started).toBeGreaterThanOrEqual(SLOW_SCENARIO_DELAY_MS - 50);
  }, 10_000);

  it('error: every endpoint answers 503 with the Error body', async () => {
    useScenario('error');
    for (const path of ['/report', '/indicators?area=users', `/indicators/${users[0]?.id}`, '/highlights']) {
      const response = await fetch(`${TEST_API_BASE_URL}${path}`);
      expect(response.status, path).toBe(503);
      expect(ApiError.safeParse(await response.json()).success, path).toBe(true);
    }
    expect(await failure(client.get('/report', Report))).toMatchObject({
      kind: 'http',
      status: 503,
      isPermanent: false,
    });
  });

  it('malformed: sends the first half of the normal JSON, labelled as JSON', async () => {
    useScenario('malformed');
    const response = await fetch(`${TEST_API_BASE_URL}/report`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    expect(JSON.stringify(report).startsWith(text)).toBe(true);
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(await failure(client.getList('/indicators?area=users', Indicator))).toMatchObject({ kind: 'not-json' });
  });

  it('partial: one invalid item in each indicator list, the rest valid', async () => {
    useScenario('partial');
    const invalid = users.at(-1);
    const result = await client.getList('/indicators?area=users', Indicator);
    expect(result.items).toEqual(users.slice(0, -1));
    expect(result.rejected).toEqual([
      {
        index: users.length - 1,
        id: invalid?.id,
        issues: [
          {
            path: `observations.${(invalid?.observations.length ?? 0) - 1}.value`,
            message: 'Invalid input: expected number, received string',
          },
        ],
      },
    ]);
    const raw = (await (await fetch(`${TEST_API_BASE_URL}/indicators?area=users`)).json()) as { items: Indicator[] };
    expect(raw.items.at(-1)?.observations.at(-1)?.value).toBe(PARTIAL_SCENARIO_INVALID_VALUE);
    expect((await client.getList('/indicators', Indicator)).rejected).toHaveLength(1);
    expect(await client.get('/report', Report)).toEqual(report);
    expect((await client.getList('/highlights', Highlight)).rejected).toEqual([]);
  });

  it('empty: lists come back empty, the report stays valid, a bad area is still refused', async () => {
    useScenario('empty');
    expect(await client.getList('/indicators?area=users', Indicator)).toEqual({ items: [], rejected: [] });
    expect(await client.getList('/indicators', Indicator)).toEqual({ items: [], rejected: [] });
    expect(await client.getList('/highlights?area=industry', Highlight)).toEqual({ items: [], rejected: [] });
    expect(await client.get('/report', Report)).toEqual(report);
    expect((await fetch(`${TEST_API_BASE_URL}/indicators?area=mars`)).status).toBe(400);
  });

  it('without a scenario the handlers serve the dataset unchanged', async () => {
    expect((await client.getList('/highlights', Highlight)).items).toEqual(highlights);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load-config';
import { refreshIntervalOf } from '../../src/config/refresh-interval';

const withInterval = (value: unknown, mocks = false) =>
  JSON.stringify({ apiBaseUrl: '/api', mocks, refreshIntervalMs: value });

describe('config.json refreshIntervalMs', () => {
  it('is optional: every 5 minutes against a live API, never in the demo', async () => {
    const live = await parseConfig('{"apiBaseUrl": "/api", "mocks": false}');
    const demo = await parseConfig('{"apiBaseUrl": "/api", "mocks": true}');
    expect(live.refreshIntervalMs).toBeUndefined();
    expect(refreshIntervalOf(live)).toBe(300000);
    expect(refreshIntervalOf(demo)).toBe(0);
  });

  it.each([
    [0, false, 0],
    [10000, false, 10000],
    [60000, true, 60000],
    [86400000, false, 86400000],
  ])('accepts %j (mocks: %j) and refreshes every %j ms', async (value, mocks, expected) => {
    const config = await parseConfig(withInterval(value, mocks));
    expect(refreshIntervalOf(config)).toBe(expected);
  });

  it.each([
    [5000, 'config.json: refreshIntervalMs: must be 0 (off) or at least 10000 (10 s)'],
    [-1, 'config.json: refreshIntervalMs: must be 0 (off) or at least 10000 (10 s)'],
    [1500.5, 'config.json: refreshIntervalMs: must be a whole number of milliseconds'],
    [86400001, 'config.json: refreshIntervalMs: must be at most 86400000 (one day)'],
    ['300000', 'config.json: refreshIntervalMs: Invalid input: expected number, received string'],
    [null, 'config.json: refreshIntervalMs: Invalid input: expected number, received null'],
  ])('rejects %j, naming the field', async (value, message) => {
    const error: unknown = await parseConfig(withInterval(value)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).field).toBe('refreshIntervalMs');
    expect((error as ConfigError).message).toBe(message);
  });
});

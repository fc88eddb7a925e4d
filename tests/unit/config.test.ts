import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load-config';

const BASE = 'http://localhost:3000/';

describe('config.json', () => {
  it('accepts the shipped configuration and fills the timeout default', async () => {
    await expect(parseConfig('{"apiBaseUrl": "/api", "mocks": true}')).resolves.toEqual({
      apiBaseUrl: '/api',
      mocks: true,
      requestTimeoutMs: 15_000,
    });
    await expect(parseConfig('{"apiBaseUrl": "https://stats.example.org/v1", "mocks": false}')).resolves.toMatchObject({
      apiBaseUrl: 'https://stats.example.org/v1',
    });
  });

  it.each([
    ['{"apiBaseUrl": "javascript:alert(1)", "mocks": false}', 'apiBaseUrl'],
    ['{"apiBaseUrl": "/api", "mocks": "yes"}', 'mocks'],
    ['{"mocks": true}', 'apiBaseUrl'],
    ['{"apiBaseUrl": "/api", "mocks": true, "apiBaseUrI": "/x"}', undefined],
  ])('names the bad field of %s', async (text, field) => {
    const error: unknown = await parseConfig(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).field).toBe(field);
  });

  it('reports a file that is not JSON', async () => {
    await expect(parseConfig('<!doctype html>')).rejects.toThrow('config.json is not valid JSON');
  });

  it('reports a missing file by its HTTP status', async () => {
    server.use(http.get(`${BASE}config.json`, () => new HttpResponse(null, { status: 404 })));
    await expect(loadConfig(BASE)).rejects.toThrow('config.json could not be loaded (HTTP 404)');
  });

  it('loads a served file', async () => {
    server.use(http.get(`${BASE}config.json`, () => HttpResponse.json({ apiBaseUrl: '/api', mocks: false })));
    await expect(loadConfig(BASE)).resolves.toMatchObject({ apiBaseUrl: '/api', mocks: false });
  });
});

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
      screenCycleSeconds: 15,
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
    ['{"apiBaseUrl": "/api", "mocks": true, "screenCycleSeconds": 4}', 'screenCycleSeconds'],
    ['{"apiBaseUrl": "/api", "mocks": true, "screenCycleSeconds": 121}', 'screenCycleSeconds'],
    ['{"apiBaseUrl": "/api", "mocks": true, "screenCycleSeconds": "15"}', 'screenCycleSeconds'],
  ])('names the bad field of %s', async (text, field) => {
    const error: unknown = await parseConfig(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).field).toBe(field);
  });

  it('takes the seconds per area on the big screen from screenCycleSeconds, 5 to 120', async () => {
    await expect(parseConfig('{"apiBaseUrl": "/api", "mocks": true, "screenCycleSeconds": 30}')).resolves.toMatchObject(
      {
        screenCycleSeconds: 30,
      },
    );
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

  it.each(['/api', '/dash/api/', 'http://localhost:4174/api', 'https://stats.example.org/v1'])(
    'accepts apiBaseUrl %s (a path on this site or an http(s) URL with a host)',
    async (apiBaseUrl) => {
      await expect(parseConfig(JSON.stringify({ apiBaseUrl, mocks: false }))).resolves.toMatchObject({ apiBaseUrl });
    },
  );

  it.each([
    ['//evil.example/api', 'must not start with // (that names another host): write http(s)://host/…'],
    ['/\\evil.example/api', 'must not contain spaces, backslashes or control characters'],
    ['https:\\\\evil.example', 'must not contain spaces, backslashes or control characters'],
    ['/api\n', 'must not contain spaces, backslashes or control characters'],
    ['api', 'must be a path on this site (like /api) or an http(s) URL'],
    ['ftp://stats.example.org/', 'must be a path on this site (like /api) or an http(s) URL'],
    ['http://user:secret@stats.example.org/', 'must not carry a user name or password'],
    ['https://stats.example.org/api?token=1', 'must not carry a query (?…) or fragment (#…)'],
  ])('rejects apiBaseUrl %j, naming the field and the reason', async (apiBaseUrl, reason) => {
    const error: unknown = await parseConfig(JSON.stringify({ apiBaseUrl, mocks: false })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).field).toBe('apiBaseUrl');
    expect((error as ConfigError).message).toBe(`config.json: apiBaseUrl: ${reason}`);
  });

  it('calls an http: API on an https: page a config error (browsers block mixed content)', async () => {
    const text = '{"apiBaseUrl": "http://stats.example.org/api", "mocks": false}';
    const error: unknown = await parseConfig(text, 'https://dashboard.example.org/').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(
      'config.json: apiBaseUrl: an http: API cannot be reached from this https: page (browsers block mixed content); use https://stats.example.org/api',
    );
    await expect(parseConfig(text, 'http://localhost:4173/')).resolves.toMatchObject({ mocks: false });
    await expect(
      parseConfig('{"apiBaseUrl": "/api", "mocks": false}', 'https://dashboard.example.org/'),
    ).resolves.toMatchObject({ apiBaseUrl: '/api' });
  });

  it('checks a served file against the page it is loaded into', async () => {
    server.use(
      http.get('https://dashboard.example.org/config.json', () =>
        HttpResponse.json({ apiBaseUrl: 'http://stats.example.org/api', mocks: false }),
      ),
    );
    const error: unknown = await loadConfig('https://dashboard.example.org/', 'https://dashboard.example.org/').catch(
      (caught: unknown) => caught,
    );
    expect((error as ConfigError).field).toBe('apiBaseUrl');
  });
});

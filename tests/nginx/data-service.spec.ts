import { expect, test } from '@playwright/test';
import { DATA_SERVICE_REPLICA_PORTS, DATA_SERVICE_SITE } from './nginx-ports';
import { runData } from '../setup/data-service';
import { PROXY_HEADER, PROXY_PERSON, REPLICA_DATABASE_ENV, REPLICA_PIDS_ENV } from './start-data-service';

// The data service's public answers: cacheable a minute, stale for ten while a cache refetches (public-api.ts).
const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';
const STRONG_ETAG = /^"[A-Za-z0-9_-]{27}"$/;

test.describe.configure({ mode: 'serial' });

test.describe('the data service behind /api/ (data-service-proxy.conf, two replicas)', () => {
  test('a read passes with the service’s own ETag and cache headers, and revalidates to a 304', async ({ request }) => {
    const full = await request.get(`${DATA_SERVICE_SITE}/api/indicators`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(full.status()).toBe(200);
    const etag = full.headers().etag ?? '';
    expect(etag).toMatch(STRONG_ETAG);
    expect(full.headers()).toMatchObject({
      'cache-control': PUBLIC_CACHE_CONTROL,
      'content-encoding': 'gzip',
      'content-type': 'application/json; charset=utf-8',
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    });
    expect((await full.json()) as unknown).toMatchObject({ items: expect.any(Array) });
    // Either replica answers a read with the same bytes, so with the same tag.
    for (const port of DATA_SERVICE_REPLICA_PORTS) {
      const direct = await request.head(`http://127.0.0.1:${port}/api/indicators`);
      expect(direct.headers().etag).toBe(etag);
    }

    const again = await request.get(`${DATA_SERVICE_SITE}/api/indicators`, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()).toMatchObject({ etag, 'cache-control': PUBLIC_CACHE_CONTROL });
    expect(await again.body()).toHaveLength(0);
  });

  test('a write to a read path is refused by nginx; an unsigned import gets the service’s own 401', async ({
    request,
  }) => {
    expect((await request.post(`${DATA_SERVICE_SITE}/api/report`, { data: { anything: 1 } })).status()).toBe(403);

    const upload = await request.post(`${DATA_SERVICE_SITE}/api/admin/imports`, {
      multipart: { file: { name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from('id,value\n') } },
    });
    expect(upload.status()).toBe(401);
    expect(upload.headers()['cache-control']).toBe('no-store');
    expect(await upload.json()).toMatchObject({ error: { code: expect.any(String) } });
  });

  test('a person signs in and writes through nginx: the Origin with its port passes; a client’s own sign-in header does not', async ({
    request,
  }) => {
    const person = { name: 'nginx.editor', password: 'through-nginx-2026' };
    const added = await runData(
      ['user', 'add', person.name, '--role', 'editor'],
      { DATABASE_URL: process.env[REPLICA_DATABASE_ENV] ?? '' },
      `${person.password}\n`,
    );
    expect(added.code, added.stdout + added.stderr).toBe(0);

    // The page's own origin, port included, as a browser sends it on a sign-in and an upload.
    const origin = { Origin: DATA_SERVICE_SITE };
    const signIn = await request.post(`${DATA_SERVICE_SITE}/api/admin/session`, { data: person, headers: origin });
    expect(signIn.status()).toBe(200);
    expect(signIn.headers()['set-cookie']).toContain('HttpOnly');
    const upload = await request.post(`${DATA_SERVICE_SITE}/api/admin/imports`, {
      headers: origin,
      multipart: { file: { name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from('id,value\n') } },
    });
    expect(upload.status()).toBe(422); // checked, with its problems: past the Origin check and the session
    expect((await request.delete(`${DATA_SERVICE_SITE}/api/admin/session`, { headers: origin })).status()).toBe(204);

    // nginx clears the header a client sets: nobody is signed in by naming a person (the replica would believe it).
    const forged = await request.get(`${DATA_SERVICE_SITE}/api/admin/session`, {
      headers: { [PROXY_HEADER]: PROXY_PERSON },
    });
    expect(forged.status()).toBe(401);
  });

  test('with one replica killed, reads are still answered by the other', async ({ request }) => {
    const [first] = (process.env[REPLICA_PIDS_ENV] ?? '').split(',').map(Number);
    expect(first).toBeGreaterThan(0);
    process.kill(first ?? 0, 'SIGKILL');
    await expect
      .poll(async () =>
        (
          await request.head(`http://127.0.0.1:${DATA_SERVICE_REPLICA_PORTS[0]}/readyz`).catch(() => undefined)
        )?.status(),
      )
      .toBeUndefined();
    for (let index = 0; index < 6; index += 1) {
      const read = await request.get(`${DATA_SERVICE_SITE}/api/report`);
      expect(read.status()).toBe(200);
      expect(read.headers().etag).toMatch(STRONG_ETAG);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../server/http/create-service';
import { memoryLogger } from '../../server/http/logger';
import { openStore } from '../../server/store/open-store';
import type { Store } from '../../server/store/store';
import type { Dataset } from '../../server/dataset/dataset';

/** The data service over HTTP (Hono's in-process requests), on a throw-away PGlite store seeded with the article. */
let store: Store;
let service: Service;
let publisher: string;
let editor: string;
const owner = { name: 'test-owner', address: '127.0.0.1' };

beforeAll(async () => {
  store = await openStore({ kind: 'memory' });
  service = await createService({ store, log: memoryLogger() });
  publisher = await store.createToken('wang-publisher', 'publisher', owner);
  editor = await store.createToken('li-editor', 'editor', owner);
});
afterAll(async () => {
  await service.stop();
  await store.close();
});

const get = (path: string, headers: Record<string, string> = {}) => service.app.request(path, { headers });
const post = (path: string, token: string | undefined, body: unknown = {}, headers: Record<string, string> = {}) =>
  service.app.request(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });

type Item = { id: string; observations: { date: string; value: number }[] };
const latestOf = async (id: string) =>
  ((await (await get(`/api/indicators/${id}`)).json()) as Item).observations.at(-1);

/** A draft as an import would make it: the 5G base stations gain October's figure. */
async function draftWithOctober(): Promise<number> {
  const current = await store.current();
  const dataset = structuredClone(current.dataset) as Dataset;
  const stations = dataset.indicators.find((indicator) => indicator.id === '5g-base-stations');
  stations?.observations.push({ date: '2025-10-31', value: 12.1, derived: false, bound: 'exact', source: '测试来源' });
  const draft = await store.createDraft(
    {
      parentId: current.id,
      dataset,
      diff: { changed: [], added: [], removed: [], removedIndicators: [] },
      warnings: [],
      note: 'October',
      fileName: 'october.xlsx',
      fileSha256: null,
    },
    owner,
  );
  return draft.id;
}

describe('the public contract, from the published revision', () => {
  it('serves every GET of the contract with the article’s figures', async () => {
    const report = (await (await get('/api/report')).json()) as { asOf: string; areas: unknown[] };
    expect(report.asOf).toBe('2025-07-31');
    expect(report.areas).toHaveLength(6);
    expect(((await (await get('/api/indicators')).json()) as { items: unknown[] }).items).toHaveLength(28);
    expect(((await (await get('/api/highlights')).json()) as { items: unknown[] }).items).toHaveLength(8);
    const network = (await (await get('/api/indicators?area=network')).json()) as { items: Item[] };
    expect(network.items.map((item) => item.id)).toContain('5g-base-stations');
    expect(await latestOf('5g-base-stations')).toMatchObject({ date: '2025-07-31', value: 11.5 });
  });

  it('refuses an unknown area (400) and an unknown indicator (404) with the contract’s error body', async () => {
    const badArea = await get('/api/indicators?area=towns');
    expect(badArea.status).toBe(400);
    expect(await badArea.json()).toEqual({ error: { code: 'unknown-area', message: 'Unknown area "towns"' } });
    const missing = await get('/api/indicators/no-such-indicator');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not-found');
    expect((await get('/api/nothing-here')).status).toBe(404);
  });

  it('answers with a strong ETag, cacheable for a minute, and a 304 when nothing changed', async () => {
    const first = await get('/api/indicators');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const again = await get('/api/indicators', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/api/indicators', { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304);
    expect((await get('/api/indicators', { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it('sends brotli or gzip when asked, the same JSON inside', async () => {
    const plain = await (await get('/api/indicators')).text();
    const brotli = await get('/api/indicators', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(plain);
    const gzip = await get('/api/indicators', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(plain);
  });

  it('says when it is alive and when it is ready', async () => {
    expect(await (await get('/healthz')).json()).toEqual({ status: 'ok' });
    expect(await (await get('/readyz')).json()).toMatchObject({ status: 'ready' });
  });
});

describe('writes need a person or token with the role', () => {
  it('answers a write without credentials 401, and a wrong token 401', async () => {
    const none = await post('/api/admin/revisions/1/publish', undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await post('/api/admin/revisions/1/publish', 'sxd_not-a-token')).status).toBe(401);
    expect((await get('/api/admin/revisions')).status).toBe(401);
  });

  it('answers an editor’s publish 403 and leaves the published figures alone', async () => {
    const draft = await draftWithOctober();
    const refused = await post(`/api/admin/revisions/${draft}/publish`, editor);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(await latestOf('5g-base-stations')).toMatchObject({ value: 11.5 });
    expect((await post('/api/admin/revisions/1/rollback', editor)).status).toBe(403);
  });

  it('refuses a write sent from another site’s page', async () => {
    const draft = await draftWithOctober();
    const refused = await post(
      `/api/admin/revisions/${draft}/publish`,
      publisher,
      {},
      { Origin: 'https://evil.example' },
    );
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('cross-origin');
  });

  it('publishes a publisher’s draft, then rolls back to the article byte for byte', async () => {
    const before = await (await get('/api/indicators')).text();
    const beforeTag = (await get('/api/indicators')).headers.get('etag');
    const draft = await draftWithOctober();
    const published = await post(`/api/admin/revisions/${draft}/publish`, publisher, { note: '十月数据' });
    expect(published.status).toBe(200);
    expect(await latestOf('5g-base-stations')).toMatchObject({ date: '2025-10-31', value: 12.1 });
    expect((await get('/api/indicators', { 'If-None-Match': beforeTag ?? '' })).status).toBe(200);

    const revisions = (await (await get('/api/admin/revisions', { Authorization: `Bearer ${editor}` })).json()) as {
      items: { id: number; current: boolean; createdBy: string }[];
    };
    expect(revisions.items.find((revision) => revision.current)?.id).toBe(draft);

    expect((await post('/api/admin/revisions/1/rollback', publisher)).status).toBe(200);
    expect(await (await get('/api/indicators')).text()).toBe(before);
    expect((await get('/api/indicators')).headers.get('etag')).toBe(beforeTag);

    const audit = (await (await get('/api/admin/audit', { Authorization: `Bearer ${publisher}` })).json()) as {
      items: { action: string; actor: string; revision: number | null }[];
    };
    expect(audit.items.slice(0, 2).map(({ action, actor, revision }) => ({ action, actor, revision }))).toEqual([
      { action: 'rollback', actor: 'token:wang-publisher', revision: 1 },
      { action: 'publish', actor: 'token:wang-publisher', revision: draft },
    ]);
  });

  it('keeps token management to the owner of the store', async () => {
    const refused = await post('/api/admin/tokens', publisher, { name: 'x', role: 'publisher' });
    expect(refused.status).toBe(403);
  });

  it('locks out an address after 10 failed tokens (429)', async () => {
    // A service of its own: the other tests' refusals count against the same address.
    const fresh = await createService({ store, log: memoryLogger() });
    const attempt = (token: string) =>
      fresh.app.request('/api/admin/revisions/1/publish', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });
    const statuses = [];
    for (let count = 0; count < 11; count += 1) statuses.push((await attempt(`sxd_guess-${count}`)).status);
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
    // Locked out, even the right token is refused until the window passes.
    expect((await attempt(publisher)).status).toBe(429);
    await fresh.stop();
  });
});

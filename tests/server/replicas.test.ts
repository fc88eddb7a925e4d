import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Dataset } from '../../server/dataset/dataset';
import { createService, type Service } from '../../server/http/create-service';
import { memoryLogger } from '../../server/http/logger';
import { openStore } from '../../server/store/open-store';
import type { Store } from '../../server/store/store';

/** Two replicas of the service on one PostgreSQL: a publish through one is served by the other. */
const adminUrl = process.env.TEST_DATABASE_URL;
let admin: pg.Pool;
let database: string;
const replicas: { store: Store; service: Service }[] = [];

beforeAll(async () => {
  if (!adminUrl)
    throw new Error('TEST_DATABASE_URL is not set: the replicas need PostgreSQL; run through npm run test:server');
  admin = new pg.Pool({ connectionString: adminUrl, max: 1 });
  database = `replicas_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  // Both start at once on the empty database, as two machines of a deployment would.
  const stores = await Promise.all([0, 1].map(() => openStore({ kind: 'url', databaseUrl: url.toString() })));
  for (const store of stores) replicas.push({ store, service: await createService({ store, log: memoryLogger() }) });
});
afterAll(async () => {
  for (const { store, service } of replicas) {
    await service.stop();
    await store.close();
  }
  await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin?.end();
});

const stationsOn = async (service: Service) => {
  const answer = await service.app.request('/api/indicators/5g-base-stations');
  return ((await answer.json()) as { observations: { value: number }[] }).observations.at(-1)?.value;
};

it('seeds the article once, and a publish through one replica is served by the other', async () => {
  const [first, second] = replicas;
  if (!first || !second) throw new Error('two replicas expected');
  expect(await first.store.revisions()).toHaveLength(1);
  expect(await stationsOn(first.service)).toBe(11.5);
  expect(await stationsOn(second.service)).toBe(11.5);

  const token = await first.store.createToken('replica-publisher', 'publisher', { name: 'test', address: null });
  const current = await first.store.current();
  const dataset = structuredClone(current.dataset) as Dataset;
  dataset.indicators
    .find((indicator) => indicator.id === '5g-base-stations')
    ?.observations.push({ date: '2025-10-31', value: 12.1, derived: false, bound: 'exact', source: '十月月报' });
  const draft = await first.store.createDraft(
    {
      parentId: current.id,
      dataset,
      diff: { changed: [], added: [], removed: [], removedIndicators: [] },
      warnings: [],
      note: '',
      fileName: null,
      fileSha256: null,
    },
    { name: 'test', address: null },
  );
  const heard = new Promise<number>((resolve) => void second.store.onCurrentChanged(resolve));
  const published = await first.service.app.request(`/api/admin/revisions/${draft.id}/publish`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(published.status).toBe(200);
  expect(await heard).toBe(draft.id);
  await expect.poll(() => stationsOn(second.service)).toBe(12.1);
  const etags = await Promise.all(
    replicas.map(async ({ service }) => (await service.app.request('/api/indicators')).headers.get('etag')),
  );
  expect(etags[0]).toBe(etags[1]);
});

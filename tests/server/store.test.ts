import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { articleDataset, type Dataset } from '../../server/dataset/dataset';
import { openStore } from '../../server/store/open-store';
import { StoreError, type Actor, type Store, type StoreBackup, type StoreLocation } from '../../server/store/store';

const EMPTY_DIFF = { changed: [], added: [], removed: [], removedIndicators: [] };
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const alice: Actor = { name: 'alice', address: '203.0.113.7' };
const bob: Actor = { name: 'bob', address: '198.51.100.2' };

interface Backend {
  name: string;
  /** A fresh, empty place for one store. `durable`: one that outlives a close (a directory for PGlite). */
  fresh(durable?: boolean): Promise<StoreLocation>;
  /** Two stores on one place at once: PostgreSQL replicas. PGlite is one process's database. */
  replicas: boolean;
  cleanup(): Promise<void>;
  dispose(): Promise<void>;
}

const pgliteBackend = (): Backend => {
  const dirs: string[] = [];
  return {
    name: 'PGlite',
    replicas: false,
    async fresh(durable = false) {
      if (!durable) return { kind: 'memory' };
      const dataDir = await mkdtemp(join(tmpdir(), 'store-test-'));
      dirs.push(dataDir);
      return { kind: 'directory', dataDir };
    },
    async cleanup() {
      await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
    async dispose() {
      await this.cleanup();
    },
  };
};

/** Each test gets its own database on the throw-away cluster, dropped afterwards, so nothing leaks between tests. */
const postgresBackend = (): Backend => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const databases: string[] = [];
  let admin: pg.Pool | undefined;
  return {
    name: 'PostgreSQL',
    replicas: true,
    async fresh() {
      if (!adminUrl) {
        throw new Error(
          'TEST_DATABASE_URL is not set: the store must be tested on PostgreSQL too; run through npm run test:server',
        );
      }
      admin ??= new pg.Pool({ connectionString: adminUrl, max: 2 });
      const name = `store_${randomBytes(6).toString('hex')}`;
      await admin.query(`CREATE DATABASE ${name}`);
      databases.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return { kind: 'url', databaseUrl: url.toString() };
    },
    async cleanup() {
      for (const name of databases.splice(0)) await admin?.query(`DROP DATABASE ${name} WITH (FORCE)`);
    },
    async dispose() {
      await this.cleanup();
      await admin?.end();
    },
  };
};

const backends = [pgliteBackend(), postgresBackend()];

const fiveGStations = (dataset: Dataset) => {
  const indicator = dataset.indicators.find((i) => i.id === '5g-base-stations');
  if (!indicator) throw new Error('no 5g-base-stations');
  return indicator;
};

/** The article with the 5G base stations' latest value changed to `value` (万个). */
const withStations = (value: number): Dataset => {
  const dataset = articleDataset();
  const stations = fiveGStations(dataset);
  const last = stations.observations.at(-1);
  if (!last) throw new Error('no observations');
  stations.observations = [...stations.observations.slice(0, -1), { ...last, value, printed: `${value}万个` }];
  return dataset;
};

const draftFrom = (store: Store, parentId: number, dataset: Dataset, actor = alice, fileName = 'figures.xlsx') =>
  store.createDraft(
    {
      parentId,
      dataset,
      diff: EMPTY_DIFF,
      warnings: [],
      note: `from ${parentId}`,
      fileName,
      fileSha256: 'ab'.repeat(32),
    },
    actor,
  );

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

describe.each(backends)('the store on $name', (backend) => {
  const open: Store[] = [];
  const openTracked = async (location: StoreLocation) => {
    const store = await openStore(location);
    open.push(store);
    return store;
  };
  const close = async (store: Store) => {
    open.splice(open.indexOf(store), 1);
    await store.close();
  };

  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
    await backend.cleanup();
  });

  it('seeds revision 1: the article, published and current, once', async () => {
    const store = await openTracked(await backend.fresh());
    const current = await store.current();
    expect(current.id).toBe(1);
    expect(await store.currentId()).toBe(1);
    expect(fiveGStations(current.dataset).observations.at(-1)?.value).toBe(11.5);
    expect(current.dataset).toEqual(articleDataset());
    const revisions = await store.revisions();
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      id: 1,
      parentId: null,
      createdBy: 'system',
      note: '报道原文 / The article',
      current: true,
      diff: EMPTY_DIFF,
      warnings: [],
    });
    expect(revisions[0]?.createdAt).toMatch(ISO_UTC);
    expect(revisions[0]?.publishedAt).toMatch(ISO_UTC);
    expect(await store.revision(2)).toBeUndefined();
    expect(await store.dataset(2)).toBeUndefined();
  });

  it('publishes a draft: the pointer moves, the draft becomes current', async () => {
    const store = await openTracked(await backend.fresh());
    const draft = await draftFrom(store, 1, withStations(12.3));
    expect(draft).toMatchObject({ id: 2, parentId: 1, createdBy: 'alice', publishedAt: null, current: false });
    expect(draft.fileName).toBe('figures.xlsx');
    expect(await store.currentId()).toBe(1);

    const published = await store.publish(2, bob, 'July figures');
    expect(published).toMatchObject({ id: 2, current: true });
    expect(published.publishedAt).toMatch(ISO_UTC);
    const current = await store.current();
    expect(current.id).toBe(2);
    expect(fiveGStations(current.dataset).observations.at(-1)?.value).toBe(12.3);
    expect((await store.revision(1))?.current).toBe(false);
    expect((await store.revisions()).map((r) => r.id)).toEqual([2, 1]);
    expect((await storeError(store.publish(2, bob))).code).toBe('already-current');
    expect((await storeError(store.publish(99, bob))).code).toBe('not-found');
    expect((await storeError(draftFrom(store, 99, articleDataset()))).code).toBe('not-found');
  });

  it('rolls back to the article byte for byte, and refuses what cannot be rolled back to', async () => {
    const store = await openTracked(await backend.fresh());
    await store.publish((await draftFrom(store, 1, withStations(12.3))).id, bob);
    const unpublished = await draftFrom(store, 2, withStations(13));

    expect((await storeError(store.rollback(unpublished.id, bob))).code).toBe('never-published');
    expect((await storeError(store.rollback(2, bob))).code).toBe('already-current');
    expect((await storeError(store.rollback(42, bob))).code).toBe('not-found');

    const back = await store.rollback(1, bob, 'wrong file');
    expect(back).toMatchObject({ id: 1, current: true });
    const current = await store.current();
    expect(current.id).toBe(1);
    expect(JSON.stringify(current.dataset)).toBe(JSON.stringify(articleDataset()));
    expect(fiveGStations(current.dataset).observations.at(-1)?.value).toBe(11.5);
    // Revision 2 keeps its own first publication: publishing never rewrites a revision.
    expect((await store.revision(2))?.publishedAt).toMatch(ISO_UTC);
    const second = await store.dataset(2);
    expect(second && fiveGStations(second).observations.at(-1)?.value).toBe(12.3);
  });

  it('refuses a stale draft: its parent is no longer current', async () => {
    const store = await openTracked(await backend.fresh());
    const first = await draftFrom(store, 1, withStations(12));
    const second = await draftFrom(store, 1, withStations(13));
    await store.publish(first.id, bob);
    const error = await storeError(store.publish(second.id, bob));
    expect(error.code).toBe('stale-draft');
    expect(await store.currentId()).toBe(first.id);
    expect((await store.revision(second.id))?.publishedAt).toBeNull();
  });

  it('keeps the published revision across a restart', async () => {
    const location = await backend.fresh(true);
    const store = await openTracked(location);
    const draft = await draftFrom(store, 1, withStations(12.8));
    await store.publish(draft.id, bob);
    await close(store);

    const again = await openTracked(location);
    expect(await again.currentId()).toBe(2);
    expect(fiveGStations((await again.current()).dataset).observations.at(-1)?.value).toBe(12.8);
    expect((await again.revisions()).map((r) => r.id)).toEqual([2, 1]);
    expect((await again.audit()).filter((a) => a.action === 'seed')).toHaveLength(1);
  });

  it('audits every write with its actor and address, newest first', async () => {
    const store = await openTracked(await backend.fresh());
    const draft = await draftFrom(store, 1, withStations(12), alice, 'june.xlsx');
    await store.publish(draft.id, bob, 'June');
    await store.rollback(1, bob, 'wrong month');
    await store.createToken('ci', 'editor', alice);
    await store.revokeToken('ci', bob);
    expect(await store.revokeToken('ci', bob)).toBe(false);

    const rows = await store.audit();
    expect(rows.map((a) => [a.action, a.actor, a.address, a.revision])).toEqual([
      ['token-revoke', 'bob', '198.51.100.2', null],
      ['token-create', 'alice', '203.0.113.7', null],
      ['rollback', 'bob', '198.51.100.2', 1],
      ['publish', 'bob', '198.51.100.2', 2],
      ['import', 'alice', '203.0.113.7', 2],
      ['seed', 'system', null, 1],
    ]);
    expect(rows[2]?.detail).toBe('wrong month');
    expect(rows[4]?.detail).toBe('june.xlsx');
    for (const row of rows) expect(row.at).toMatch(ISO_UTC);
    expect(await store.audit(2)).toHaveLength(2);
  });

  it('keeps only hashes of tokens; a revoked token no longer authenticates', async () => {
    const store = await openTracked(await backend.fresh());
    const secret = await store.createToken('uploader', 'publisher', alice);
    expect(secret).toMatch(/^sxd_[A-Za-z0-9_-]{43}$/);
    expect(await store.authenticate(secret)).toEqual({ name: 'uploader', role: 'publisher' });
    expect(await store.authenticate(`${secret}x`)).toBeUndefined();
    expect(await store.authenticate('not-a-token')).toBeUndefined();
    expect((await storeError(store.createToken('uploader', 'editor', alice))).code).toBe('token-exists');

    const backup = JSON.stringify(await store.backup());
    expect(backup).not.toContain(secret);
    expect(backup).not.toContain(secret.slice(4));
    expect(JSON.stringify(await store.audit())).not.toContain(secret.slice(4));

    expect(await store.revokeToken('uploader', bob)).toBe(true);
    expect(await store.authenticate(secret)).toBeUndefined();
    const [info] = await store.tokens();
    expect(info).toMatchObject({ name: 'uploader', role: 'publisher' });
    expect(info?.revokedAt).toMatch(ISO_UTC);
    // The name is free again once revoked; the new secret is another one.
    const again = await store.createToken('uploader', 'editor', alice);
    expect(again).not.toBe(secret);
    expect(await store.authenticate(again)).toEqual({ name: 'uploader', role: 'editor' });
  });

  it('restores a backup into a fresh store: same revisions, current, tokens and audit, ids continuing', async () => {
    const source = await openTracked(await backend.fresh());
    await source.publish((await draftFrom(source, 1, withStations(12))).id, bob);
    await draftFrom(source, 2, withStations(14));
    const secret = await source.createToken('ci', 'editor', alice);
    const backup = await source.backup();
    expect(backup.currentRevision).toBe(2);
    expect(backup.revisions.map((r) => r.id)).toEqual([1, 2, 3]);

    const target = await openTracked(await backend.fresh());
    await target.createToken('other', 'editor', alice);
    await target.restore(JSON.parse(JSON.stringify(backup)) as StoreBackup, bob);
    expect(await target.currentId()).toBe(2);
    expect(await target.revisions()).toEqual(await source.revisions());
    expect(JSON.stringify(await target.dataset(1))).toBe(JSON.stringify(articleDataset()));
    expect(fiveGStations((await target.current()).dataset).observations.at(-1)?.value).toBe(12);
    expect(await target.authenticate(secret)).toEqual({ name: 'ci', role: 'editor' });
    expect((await target.tokens()).map((t) => t.name)).toEqual(['ci']);
    const audit = await target.audit();
    expect(audit[0]).toMatchObject({ action: 'restore', actor: 'bob', address: '198.51.100.2', revision: 2 });
    expect(audit.slice(1)).toEqual((await source.audit()).slice(0));
    // The sequences follow the restored ids.
    expect((await draftFrom(target, 2, withStations(15))).id).toBe(4);

    const broken = { ...backup, currentRevision: 9 };
    const error = await storeError(target.restore(broken, bob));
    expect(error.code).toBe('bad-backup');
    expect(error.message).toContain('current revision 9');
    expect((await storeError(target.restore({ format: 'x' } as unknown as StoreBackup, bob))).code).toBe('bad-backup');
    expect(await target.currentId()).toBe(2);
  });

  it('keeps people, sessions, sign-in locks and files; a restore brings people and files back, no session', async () => {
    const store = await openTracked(await backend.fresh());
    const hash = 'scrypt$17$8$1$c2FsdA==$a2V5';
    const person = await store.addPerson('li', 'editor', hash, alice);
    expect(person).toEqual({ name: 'li', role: 'editor', createdAt: expect.stringMatching(ISO_UTC), disabledAt: null });
    expect((await storeError(store.addPerson('li', 'publisher', hash, alice))).code).toBe('person-exists');
    expect(await store.credentials('li')).toEqual({ name: 'li', role: 'editor', passwordHash: hash, disabled: false });

    const at = new Date('2026-03-02T08:00:00.000Z');
    const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
    const session = 'cd'.repeat(32);
    await store.createSession(session, 'li', at, later(-480), alice);
    expect(await store.touchSession(session, later(479), later(-1))).toEqual({ name: 'li', role: 'editor' });
    expect(await store.touchSession(session, later(479 + 481), later(479 + 1))).toBeUndefined();
    await store.createSession('ef'.repeat(32), 'li', at, later(-480), alice);
    await store.setPassword('li', 'scrypt$17$8$1$c2FsdA==$bmV3', bob);
    expect(await store.touchSession('ef'.repeat(32), later(1), later(-479))).toBeUndefined();

    const policy = { maxFailures: 5, windowMs: 900_000, lockMs: 900_000 };
    const keys = ['name:li', 'address:203.0.113.7'];
    for (let failure = 1; failure < 5; failure += 1)
      expect(await store.recordSignInFailure(keys, at, policy)).toBeNull();
    expect(await store.recordSignInFailure(keys, at, policy)).toEqual(later(15));
    expect(await store.lockedUntil(['address:203.0.113.7'], later(14))).toEqual(later(15));
    expect(await store.lockedUntil(keys, later(15))).toBeNull();

    const bytes = Uint8Array.from([0x50, 0x4b, 3, 4, 0, 255]);
    const draft = await store.createDraft(
      {
        parentId: 1,
        dataset: articleDataset(),
        diff: EMPTY_DIFF,
        warnings: [],
        note: '',
        fileName: 'f.xlsx',
        fileSha256: null,
        file: { contentType: 'application/octet-stream', bytes },
      },
      alice,
    );
    expect(draft.fileStored).toBe(true);
    expect(await store.revisionFile(draft.id)).toEqual({ contentType: 'application/octet-stream', bytes });
    expect(await store.revisionFile(1)).toBeUndefined();

    await store.createSession('ab'.repeat(32), 'li', later(20), later(-460), alice);
    const backup = JSON.parse(JSON.stringify(await store.backup())) as StoreBackup;
    expect(JSON.stringify(backup)).not.toContain('ab'.repeat(32));
    const target = await openTracked(await backend.fresh());
    await target.restore(backup, bob);
    expect(await target.people()).toEqual(await store.people());
    expect(await target.revisionFile(draft.id)).toEqual({ contentType: 'application/octet-stream', bytes });
    expect(await target.touchSession('ab'.repeat(32), later(21), later(-459))).toBeUndefined();

    expect(await store.disablePerson('li', bob)).toMatchObject({ disabledAt: expect.stringMatching(ISO_UTC) });
    expect(await store.touchSession('ab'.repeat(32), later(21), later(-459))).toBeUndefined();
    expect(await store.disablePerson('li', bob)).toBeUndefined();
    expect((await store.audit(4)).map((a) => a.action)).toEqual([
      'user-disable',
      'sign-in',
      'import',
      'user-reset-password',
    ]);
  });

  it('tells listeners of a new current revision, on another replica where there are replicas', async () => {
    const location = await backend.fresh();
    const publisher = await openTracked(location);
    const watcher = backend.replicas ? await openTracked(location) : publisher;
    const seen: number[] = [];
    const unlisten = await watcher.onCurrentChanged((id) => seen.push(id));
    await publisher.publish((await draftFrom(publisher, 1, withStations(12))).id, bob);
    await expect.poll(() => seen, { timeout: 2000, interval: 20 }).toEqual([2]);
    await publisher.rollback(1, bob);
    await expect.poll(() => seen, { timeout: 2000, interval: 20 }).toEqual([2, 1]);
    await unlisten();
    await publisher.publish(2, bob);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual([2, 1]);
  });

  it('seeds exactly one revision 1 when stores open an empty database at once', async () => {
    const location = await backend.fresh(true);
    // PostgreSQL: two replicas racing. PGlite's directory belongs to one process: two opens one after the other.
    const stores = backend.replicas
      ? await Promise.all([openTracked(location), openTracked(location)])
      : [await openTracked(location)];
    if (!backend.replicas) {
      await close(stores[0] as Store);
      stores[0] = await openTracked(location);
    }
    for (const store of stores) {
      expect((await store.revisions()).map((r) => r.id)).toEqual([1]);
      expect((await store.audit()).map((a) => a.action)).toEqual(['seed']);
    }
  });
});

afterAll(async () => {
  for (const backend of backends) await backend.dispose();
});

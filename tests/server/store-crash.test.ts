import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { articleDataset } from '../../server/dataset/dataset';
import { openStore } from '../../server/store/open-store';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs store-crash-child.ts on `dataDir` until it has committed `writes` writes, then kills it with SIGKILL: no
 * close, no flush, mid-way through whatever write comes next. Resolves with the last write the child reported.
 */
function writeThenKill(dataDir: string, writes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', 'tests/server/store-crash-child.ts', dataDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let last = 0;
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const match of out.matchAll(/^wrote (\d+)$/gm)) last = Number(match[1]);
      if (last >= writes && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the child ended by itself (code ${code}) after ${last} writes:\n${err}`));
    });
  });
}

describe('kill -9 on the PGlite data directory', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('leaves the current revision, every revision and the store itself intact', { timeout: 120_000 }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'store-crash-'));
    dirs.push(dataDir);
    // Twice on one directory: the second run starts on a directory recovered from the first kill.
    let written = 0;
    for (const writes of [23, 31]) written += await writeThenKill(dataDir, writes);
    expect(written).toBeGreaterThanOrEqual(54);

    const store = await openStore({ kind: 'directory', dataDir });
    try {
      const current = await store.current();
      // Every fifth write published the article again; the others were drafts with other 5G figures.
      expect(current.id).toBeGreaterThan(1);
      expect(current.dataset).toEqual(articleDataset());
      expect(current.dataset.indicators.find((i) => i.id === '5g-base-stations')?.observations.at(-1)?.value).toBe(
        11.5,
      );
      const revisions = await store.revisions();
      expect(revisions.length).toBeGreaterThanOrEqual(1 + written);
      expect(revisions.filter((r) => r.current).map((r) => r.id)).toEqual([current.id]);
      for (const revision of revisions) expect(await store.dataset(revision.id)).toBeDefined();

      const draft = await store.createDraft(
        {
          parentId: current.id,
          dataset: articleDataset(),
          diff: { changed: [], added: [], removed: [], removedIndicators: [] },
          warnings: [],
          note: 'after the crash',
          fileName: null,
          fileSha256: null,
        },
        { name: 'after', address: null },
      );
      await store.publish(draft.id, { name: 'after', address: null });
      expect(await store.currentId()).toBe(draft.id);
      // PGlite itself would let a second PostgreSQL onto the same files; the store's lock refuses it.
      await expect(openStore({ kind: 'directory', dataDir })).rejects.toThrow(`is in use by process ${process.pid}`);
    } finally {
      await store.close();
    }
  });
});

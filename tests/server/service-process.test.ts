import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runData, startService, type RunningService } from '../setup/data-service';
import { articleCsv } from './import-helpers';

/**
 * The data service as production runs it (its own process, the embedded store in a directory) and `npm run data`
 * as a person types it: restarts, kill -9 mid-import, the exit codes, backup and restore, the static export.
 */
const OCTOBER_ROW = '5g-base-stations,2025-10-31,12.1,万个,精确,山西省通信管理局 2025年10月月报';

let workDir: string;
let dataDir: string;
let service: RunningService;
let publisher: string;
let editor: string;

const latestStations = async (url: string) => {
  const body = (await (await fetch(`${url}/api/indicators/5g-base-stations`)).json()) as {
    observations: { date: string; value: number }[];
  };
  return body.observations.at(-1);
};
const token = async (name: string, role: string) => {
  const created = await runData(['token', 'create', '--name', name, '--role', role, '--json', '--data-dir', dataDir]);
  expect(created.code, created.stderr).toBe(0);
  return (JSON.parse(created.stdout) as { token: string }).token;
};
const asPublisher = () => ['--server', service.url, '--token', publisher];

/** Resolves once the service is too busy to answer /readyz at once: it is reading the big workbook. */
async function untilBusy(url: string): Promise<void> {
  for (let probe = 0; probe < 300; probe += 1) {
    const answered = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(250) }).then(
      () => true,
      () => false,
    );
    if (!answered) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the service never got busy with the import');
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'shanxi-process-'));
  dataDir = path.join(workDir, 'var');
  service = await startService(dataDir);
  publisher = await token('process-publisher', 'publisher');
  editor = await token('process-editor', 'editor');
  await writeFile(path.join(workDir, 'october.csv'), `\uFEFF${articleCsv([OCTOBER_ROW])}\n`);
}, 120_000);
afterAll(async () => {
  await service.stop();
  await rm(workDir, { recursive: true, force: true });
});

describe('npm run data, as a person types it', () => {
  it('exits 2 on misuse, naming what is missing', async () => {
    const noToken = await runData(['import', path.join(workDir, 'october.csv'), '--server', service.url], {
      DATA_TOKEN: '',
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('give --token T or DATA_TOKEN');
    expect((await runData(['frobnicate'])).code).toBe(2);
    expect((await runData(['diff', '1', 'two', ...asPublisher()])).code).toBe(2);
  });

  it('refuses an editor’s publish (403, exit 1) and publishes nothing', async () => {
    const refused = await runData([
      'import',
      path.join(workDir, 'october.csv'),
      '--publish',
      '--server',
      service.url,
      '--token',
      editor,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('403 Publishing needs the publisher role');
    expect(await latestStations(service.url)).toEqual(expect.objectContaining({ date: '2025-07-31', value: 11.5 }));
  });

  it('imports and publishes a CSV; a restart keeps it; kill -9 during an import loses nothing published', async () => {
    const published = await runData(['import', path.join(workDir, 'october.csv'), '--publish', ...asPublisher()]);
    expect(published.code, published.stdout + published.stderr).toBe(0);
    expect(await latestStations(service.url)).toEqual(expect.objectContaining({ date: '2025-10-31', value: 12.1 }));

    await service.stop('SIGTERM');
    service = await startService(dataDir);
    expect(await latestStations(service.url)).toEqual(expect.objectContaining({ date: '2025-10-31', value: 12.1 }));

    // A workbook of every day since 2000 for one indicator keeps the service busy; kill it while it works.
    const rows = Array.from({ length: 9000 }, (_, day) => {
      const date = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
      return `5g-base-stations,${date},12.1,万个,精确,日报`;
    });
    const big = path.join(workDir, 'daily.csv');
    await writeFile(big, `${articleCsv(rows)}\n`);
    const importing = runData(['import', big, '--publish', '--accept-warnings', ...asPublisher()]);
    await untilBusy(service.url);
    await service.stop('SIGKILL');
    expect((await importing).code).toBe(1);

    service = await startService(dataDir);
    expect(await latestStations(service.url)).toEqual(expect.objectContaining({ date: '2025-10-31', value: 12.1 }));
    // The killed import left no revision behind: the October one is still the newest, and current.
    const listed = await runData(['revisions', '--json', ...asPublisher()]);
    const { items } = JSON.parse(listed.stdout) as { items: { id: number; current: boolean }[] };
    expect(items.map(({ id, current }) => ({ id, current }))).toEqual([
      { id: 2, current: true },
      { id: 1, current: false },
    ]);
    const audit = await runData(['audit', '--json', ...asPublisher()]);
    expect((JSON.parse(audit.stdout) as { items: { action: string }[] }).items.map((entry) => entry.action)).toContain(
      'publish',
    );
  }, 180_000);

  it('rolls back to revision 1: the article’s answers again', async () => {
    const rolledBack = await runData(['rollback', '1', ...asPublisher()]);
    expect(rolledBack.code, rolledBack.stderr).toBe(0);
    expect(await latestStations(service.url)).toEqual(expect.objectContaining({ date: '2025-07-31', value: 11.5 }));
  });

  it('exports the published revision as static files, byte for byte what the API answers', async () => {
    const out = path.join(workDir, 'static');
    const exported = await runData(['export-static', out, '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    for (const [file, route] of [
      ['indicators.json', '/api/indicators'],
      ['by-area/indicators/network.json', '/api/indicators?area=network'],
      ['indicators/5g-base-stations.json', '/api/indicators/5g-base-stations'],
      ['report.json', '/api/report'],
      ['by-area/highlights/industry.json', '/api/highlights?area=industry'],
    ] as const) {
      expect(await readFile(path.join(out, file), 'utf8'), file).toBe(
        await (await fetch(`${service.url}${route}`)).text(),
      );
    }
  });

  it('backs the store up and restores it into a new directory', async () => {
    const file = path.join(workDir, 'backup.json');
    expect((await runData(['backup', file, '--data-dir', dataDir])).code).toBe(0);
    const backup = JSON.parse(await readFile(file, 'utf8')) as { revisions: unknown[]; currentRevision: number };
    expect(backup.currentRevision).toBe(1);
    expect(await readFile(file, 'utf8')).not.toContain(publisher);

    const elsewhere = path.join(workDir, 'restored');
    const restored = await runData(['restore', file, '--data-dir', elsewhere]);
    expect(restored.code, restored.stderr).toBe(0);
    const second = await startService(elsewhere);
    try {
      expect(await (await fetch(`${second.url}/api/indicators`)).text()).toBe(
        await (await fetch(`${service.url}/api/indicators`)).text(),
      );
      const listed = await runData(['revisions', '--json', '--server', second.url, '--token', publisher]);
      expect((JSON.parse(listed.stdout) as { items: unknown[] }).items).toHaveLength(backup.revisions.length);
    } finally {
      await second.stop();
    }
  }, 120_000);
});

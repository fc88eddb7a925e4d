import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { markdownTable, median, MIN_RUNS_FOR_VERDICT, ms, whole } from './targets';

const STORES = ['pglite', 'postgres'] as const;
type Store = (typeof STORES)[number];
type Target = 'bare' | Store;
const CASES = ['full', '304'] as const;
type Case = (typeof CASES)[number];
/** The issue's floors, per case: req/s at least, p99 at most; and the share of the bare baseline to reach. */
const FLOOR = { full: 3000, '304': 8000 } as const;
const MAX_P99_MS = 50;
const SHARE_OF_BARE = 0.7;
const BUSY_LOAD = 1;

const usage = `usage: npm run bench:api [-- --runs N] [--duration S] [--connections N] [--stores pglite,postgres] [--json FILE]
  GET /api/indicators in full and as 304s, autocannon on loopback against the service (a separate process) per store
  and against a bare Hono server beside it. Defaults: 5 runs of 20 s, 100 connections, both stores. With postgres
  and no TEST_DATABASE_URL, it re-runs itself under scripts/with-postgres.sh (a throw-away cluster).`;

type Run = { reqPerSec: number; p99Ms: number; bad: number; load: number };
type Served = { target: Target; url: string; etag: string; child: ChildProcess };

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '100' },
      stores: { type: 'string', default: STORES.join(',') },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const number = (name: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number ≥ 1, got ${raw}`);
    return value;
  };
  const stores = values.stores.split(',');
  if (stores.length === 0 || stores.some((store) => !STORES.includes(store as Store)))
    throw new Error(`--stores takes ${STORES.join(', ')}`);
  return {
    runs: number('runs', values.runs),
    duration: number('duration', values.duration),
    connections: number('connections', values.connections),
    stores: STORES.filter((store) => stores.includes(store)),
    json: values.json,
    help: values.help ?? false,
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.once('error', reject);
  });

/** Spawns a TypeScript entry through scripts/run.mjs; resolves once it logs "listening" and /readyz answers 200. */
async function start(root: string, target: Target, file: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['scripts/run.mjs', file, ...args], { cwd: root, env, stdio: 'pipe' });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${target} exited (${code}) before listening:\n${stderr.join('')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = (() => {
        try {
          return JSON.parse(line) as { msg?: string; url?: string };
        } catch {
          return {};
        }
      })();
      if (entry.msg === 'listening' && entry.url) resolve(entry.url.replace('localhost', '127.0.0.1'));
    });
  });
  for (let tries = 0; (await fetch(`${url}/readyz`).catch(() => undefined))?.status !== 200; tries += 1) {
    if (tries > 300) throw new Error(`${target} never became ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const response = await fetch(`${url}/api/indicators`, { headers: { 'Accept-Encoding': 'identity' } });
  const etag = response.headers.get('etag');
  if (response.status !== 200 || !etag) throw new Error(`${target}: /api/indicators answered ${response.status}`);
  return { served: { target, url, etag, child }, body: new Uint8Array(await response.arrayBuffer()) };
}

async function stop({ child }: Served): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function measure(served: Served, kase: Case, duration: number, connections: number): Promise<Run> {
  const load = os.loadavg()[0] ?? 0;
  const headers: Record<string, string> = kase === '304' ? { 'If-None-Match': served.etag } : {};
  const result = await autocannon({ url: `${served.url}/api/indicators`, connections, duration, headers });
  const expected = kase === '304' ? '304' : '200';
  const good = result.statusCodeStats?.[expected]?.count ?? 0;
  const bad = result.requests.total - good + result.errors + result.timeouts;
  return { reqPerSec: result.requests.average, p99Ms: result.latency.p99, bad: Math.max(0, bad), load };
}

function spread(values: number[], format: (value: number) => string): string {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return `${format(median(values) ?? Number.NaN)}${low === high ? '' : ` (${format(low)}–${format(high)})`}`;
}

function table(results: Record<string, Run[]>, stores: readonly Store[], runs: number): string {
  const rows: string[][] = [];
  for (const kase of CASES) {
    const bare = median(results[`${kase}/bare`]?.map((run) => run.reqPerSec) ?? []) ?? Number.NaN;
    for (const target of ['bare', ...stores] as const) {
      const list = results[`${kase}/${target}`] ?? [];
      if (list.length === 0) continue;
      const rps = median(list.map((run) => run.reqPerSec)) ?? 0;
      const p99 = median(list.map((run) => run.p99Ms)) ?? Infinity;
      const bad = list.reduce((sum, run) => sum + run.bad, 0);
      const missed = [rps < FLOOR[kase] && 'req/s', p99 > MAX_P99_MS && 'p99', bad > 0 && 'errors'].filter(Boolean);
      const share = rps / bare;
      const judged = runs >= MIN_RUNS_FOR_VERDICT;
      const verdict = (holds: boolean) => (judged ? (holds ? 'met' : 'not met') : 'too few runs');
      rows.push([
        kase === 'full' ? 'full (18 KB)' : '304',
        target,
        spread(
          list.map((run) => run.reqPerSec),
          whole,
        ),
        ms(p99),
        String(bad),
        target === 'bare'
          ? '–'
          : `${verdict(missed.length === 0)}${judged && missed.length ? ` (${missed.join(', ')})` : ''}`,
        target === 'bare' ? '–' : `${Math.round(share * 100)} % (${verdict(share >= SHARE_OF_BARE)})`,
      ]);
    }
  }
  const header = ['case', 'server', 'req/s median (min–max)', 'p99 median', 'non-2xx/3xx', 'floor', 'of bare'];
  return markdownTable(header, rows);
}

export async function main({ argv, root }: { argv: string[]; root: string }): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`bench:api: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (options.help) return (console.log(usage), 0);
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (options.stores.includes('postgres') && !databaseUrl) {
    // A cluster of its own on a free port: other runs of scripts/with-postgres.sh may hold the default one.
    const env = { ...process.env, TEST_PG_PORT: String(await freePort()) };
    const args = ['scripts/with-postgres.sh', process.execPath, 'scripts/run.mjs', 'scripts/bench/api-bench.ts'];
    const child = spawn('bash', [...args, ...argv], { cwd: root, env, stdio: 'inherit' });
    return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  }
  const started = new Date();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-api-'));
  const servers: Served[] = [];
  const log = (line: string) => console.error(`[bench:api] ${line}`);
  try {
    const service = (store: Store) => {
      const env = { ...process.env, DATABASE_URL: store === 'postgres' ? databaseUrl : undefined };
      const args = ['--port', '0', '--data-dir', path.join(scratch, store), '--dist', path.join(scratch, 'no-dist')];
      return start(root, store, 'server/server-cli.ts', args, env);
    };
    let body: Uint8Array | undefined;
    for (const store of options.stores) {
      const started = await service(store);
      servers.push(started.served);
      body ??= started.body;
    }
    const bodyFile = path.join(scratch, 'indicators.json');
    await writeFile(bodyFile, body ?? new Uint8Array());
    const bare = await start(root, 'bare', 'scripts/bench/bare-api-server.ts', ['--body', bodyFile], process.env);
    servers.unshift(bare.served);
    log(`body ${body?.byteLength ?? 0} bytes; servers: ${servers.map((s) => `${s.target} ${s.url}`).join(', ')}`);

    for (const served of servers) for (const kase of CASES) await measure(served, kase, 2, options.connections);
    const results: Record<string, Run[]> = {};
    const loads: number[] = [];
    // Runs interleave servers and cases, so a busy moment of the machine falls on all of them alike.
    for (let index = 1; index <= options.runs; index += 1) {
      for (const kase of CASES) {
        for (const served of servers) {
          const run = await measure(served, kase, options.duration, options.connections);
          (results[`${kase}/${served.target}`] ??= []).push(run);
          loads.push(run.load);
          const busy = run.load > BUSY_LOAD ? ' (busy machine: load > 1)' : '';
          log(
            `${index}/${options.runs} ${kase} ${served.target}: ${whole(run.reqPerSec)} req/s, p99 ${ms(run.p99Ms)}, bad ${run.bad}, load ${run.load.toFixed(2)}${busy}`,
          );
        }
      }
    }
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    const busyRuns = loads.filter((load) => load > BUSY_LOAD).length;
    const lines = [
      `# bench:api ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Machine: ${os.availableParallelism()} cores, ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}`,
      `autocannon: ${options.connections} connections, ${options.duration} s per run, ${options.runs} run(s) per case and server; GET /api/indicators (${body?.byteLength ?? 0} bytes)`,
      `Load average (1 min) before each run: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}, median ${(median(loads) ?? 0).toFixed(2)}`,
      '',
      table(results, options.stores, options.runs),
      '',
      `Floors: ≥ ${FLOOR.full} req/s full, ≥ ${FLOOR['304']} req/s 304, p99 ≤ ${MAX_P99_MS} ms, no non-2xx/3xx; of bare: ≥ ${SHARE_OF_BARE * 100} %.`,
    ];
    if (busyRuns > 0)
      lines.push(
        `Warning: ${busyRuns} of ${loads.length} runs started with load > ${BUSY_LOAD}: the machine was busy.`,
      );
    console.log(lines.join('\n'));
    if (options.json) {
      const json = { date: started, cpu, cores: os.availableParallelism(), node: process.version, options, results };
      await writeFile(options.json, `${JSON.stringify(json, null, 1)}\n`);
    }
    return Object.values(results).some((list) => list.some((run) => run.bad > 0)) ? 1 : 0;
  } finally {
    for (const served of servers) await stop(served);
    await rm(scratch, { recursive: true, force: true });
  }
}

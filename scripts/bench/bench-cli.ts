import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Manifest } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { startNginx, writeNginxConfig } from '../nginx/nginx-site';
import { serveDir, type RunningServer } from '../serve';
import { checkSizeBudget } from '../size-budget/check-size-budget';
import type { ChunkModules } from '../size-budget/chunk-modules-plugin';
import { PRESETS, runLighthouse, type LighthouseRun, type Preset } from './lighthouse';
import { measureLoads, type LoadResults } from './page-loads';
import { formatLongTasks, traceLongTasks, type TraceSummary } from './trace-long-tasks';
import { median, targetRows, markdownTable, type ModeRuns } from './targets';

const MODES = ['demo', 'live', 'series'] as const;
type Mode = (typeof MODES)[number];
const MODE_LABELS: Record<Mode, string> = {
  demo: 'demo (mocks on, service worker)',
  live: 'live (mocks off, npm run mock-api over HTTP)',
  series: 'series (live against mock-api --scenario series, 模拟序列（非真实数据）)',
};

const usage = `usage: npm run bench [-- --runs N] [--modes demo,live,series] [--server node|nginx] [--loads N]
  --runs    Lighthouse runs per preset (mobile, desktop) and mode, alternating (default 5; a target is "met" or
            "not met" only from 5 runs, otherwise "too few runs"; use 1 while iterating, never as a result)
  --modes   of demo, live, series (default all)
  --server  node (default): sirv with the build's .gz files; nginx: Debian's nginx with deploy/nginx/ (brotli)
  --loads   unthrottled cold page loads per mode for first-KPI and all-areas times (default 3, 0 to skip)
Another commit: git worktree add ../bench-REF REF && cd ../bench-REF && npm ci && npm run bench
Builds the demo into reports/bench-dist, traces one load per mode for its long tasks, prints the tables and writes
reports/bench.json (Lighthouse reports in reports/bench-lighthouse/, traces in reports/bench-traces/).
Ports: E2E_PORT+2 (mock API) and +3 (server) when E2E_PORT is set. CHROME_PATH picks the browser.`;

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
const count = (raw: string | undefined, fallback: number) => {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 50) throw new Error(`expected a whole number 0–50, got ${raw}`);
  return value;
};
const basePort = Number(process.env.E2E_PORT) || undefined;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** `npm run mock-api` as a deployment's API would run: its own process (group), answering over HTTP. */
async function startMockApi(root: string, scenario: string | undefined) {
  const args = ['scripts/run.mjs', 'mocks/server/mock-api-cli.ts', '--host', '127.0.0.1'];
  args.push(
    '--port',
    String(basePort ? basePort + 2 : await freePort()),
    ...(scenario ? ['--scenario', scenario] : []),
  );
  const child = spawn(process.execPath, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let printed = '';
    child.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /Mock API on (http:\/\/\S+)/.exec(printed);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`mock-api ended with ${code}`)));
  });
  return { url, stop: () => child.pid !== undefined && process.kill(-child.pid, 'SIGTERM') };
}

async function serve(root: string, dir: string, server: string): Promise<RunningServer> {
  if (server === 'node') return serveDir(dir, basePort ? basePort + 3 : 0);
  const port = basePort ? basePort + 3 : await freePort();
  const sites = [{ port, distDir: dir, base: '/', embedOrigins: "'self'" }];
  const nginx = await startNginx(
    await writeNginxConfig(root, { prefix: path.join(root, '.nginx', 'bench'), sites }),
    port,
    'pipe',
  );
  const exited = new Promise((resolve) => nginx.once('exit', resolve));
  return { origin: `http://127.0.0.1:${port}`, close: async () => void (nginx.kill('SIGQUIT'), await exited) };
}

interface ModeResult extends ModeRuns {
  mode: Mode;
  url: string;
  loads: LoadResults;
  trace?: TraceSummary;
  notes: string[];
}

async function measureMode(
  mode: Mode,
  root: string,
  built: string,
  options: { runs: number; loads: number; server: string },
) {
  const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;
  const result: ModeResult = {
    mode,
    runs: { mobile: [], desktop: [] },
    url: '',
    loads: { loads: [], failures: [], pageErrors: [] },
    notes: [],
  };
  const api = mode === 'demo' ? undefined : await startMockApi(root, mode === 'series' ? 'series' : undefined);
  let dir = built;
  if (api) {
    // A deployment points config.json at its API; the bench does the same in a copy of the build.
    dir = `${built}-${mode}`;
    await rm(dir, { recursive: true, force: true });
    await cp(built, dir, { recursive: true });
    await writeFile(path.join(dir, 'config.json'), `${JSON.stringify({ apiBaseUrl: api.url, mocks: false })}\n`);
  }
  const server = await serve(root, dir, options.server);
  result.url = `${server.origin}/`;
  const log = (line: string) => console.error(`[bench ${mode}] ${line}`);
  try {
    if (options.loads > 0) result.loads = await measureLoads(result.url, options.loads, chromePath, CHROMIUM_ARGS);
    try {
      await mkdir(path.join(root, 'reports', 'bench-traces'), { recursive: true });
      const saveTraceTo = path.join(root, 'reports', 'bench-traces', `${mode}.json`);
      result.trace = await traceLongTasks({
        url: result.url,
        outDir: dir,
        chromiumPath: chromePath,
        chromiumArgs: CHROMIUM_ARGS,
        saveTraceTo,
      });
      log(
        `trace: ${result.trace.longTasks.length} long tasks, est. blocking ${Math.round(result.trace.blockingMs)} ms`,
      );
    } catch (error) {
      result.notes.push(`the trace failed: ${firstLine(error)}`);
    }
    const reports = path.join(root, 'reports', 'bench-lighthouse', mode);
    await rm(reports, { recursive: true, force: true });
    await mkdir(reports, { recursive: true });
    // Presets alternate, so a busy moment of the machine hits both alike; one run at a time, never in parallel.
    for (let index = 1; index <= options.runs; index += 1) {
      for (const preset of PRESETS) {
        try {
          const { run, lhr } = await runLighthouse(result.url, preset, chromePath, [
            '--headless=new',
            ...CHROMIUM_ARGS,
          ]);
          await writeFile(path.join(reports, `${preset}-${index}.json`), JSON.stringify(lhr));
          result.runs[preset].push(run);
          log(
            `Lighthouse ${preset} ${index}: ${run.performance}, TBT ${Math.round(run.tbtMs)} ms, load ${run.loadAverage.toFixed(1)}`,
          );
        } catch (error) {
          result.notes.push(`Lighthouse ${preset} run ${index} failed: ${firstLine(error)}`);
        }
      }
    }
  } finally {
    await server.close();
    api?.stop();
  }
  const failed = new Set([...result.runs.mobile, ...result.runs.desktop].flatMap((run) => run.failedAudits));
  if (failed.size > 0) result.notes.push(`audits below 100: ${[...failed].join(', ')}`);
  result.notes.push(...result.loads.failures.map((failure) => `page load failed: ${failure}`));
  result.notes.push(...[...new Set(result.loads.pageErrors)].map((error) => `page error: ${error}`));
  return result;
}

async function initialJs(outDir: string) {
  const read = async <T>(file: string) => JSON.parse(await readFile(path.join(outDir, file), 'utf8')) as T;
  const manifest = await read<Manifest>('.vite/manifest.json');
  const chunkModules = await read<ChunkModules>('.vite/chunk-modules.json');
  const gzipBytes: Record<string, number> = {};
  const brotliBytes: Record<string, number> = {};
  for (const { file } of Object.values(manifest)) {
    const size = async (suffix: string) =>
      (await stat(path.join(outDir, file + suffix)).catch(() => stat(path.join(outDir, file)))).size;
    gzipBytes[file] = await size('.gz');
    brotliBytes[file] = await size('.br');
  }
  const result = checkSizeBudget({ manifest, chunkModules, gzipBytes });
  const brotli = result.initialFiles.reduce((sum, file) => sum + (brotliBytes[file] ?? 0), 0);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return {
    line: `${kib(result.initialGzipBytes)} gzip, ${kib(brotli)} brotli (${result.initialFiles.length} files)`,
    failures: result.failures,
  };
}

interface Options {
  runs: number;
  loads: number;
  server: string;
  modes: Mode[];
}

export async function main({ argv, root }: { argv: string[]; root: string }): Promise<number> {
  let options: Options;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        modes: { type: 'string' },
        server: { type: 'string' },
        loads: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(usage);
      return 0;
    }
    const modes = (values.modes ?? MODES.join(',')).split(',');
    if (modes.some((mode) => !MODES.includes(mode as Mode))) throw new Error(`--modes takes ${MODES.join(', ')}`);
    if (!['node', 'nginx'].includes(values.server ?? 'node')) throw new Error('--server takes node or nginx');
    options = {
      runs: count(values.runs, 5),
      loads: count(values.loads, 3),
      server: values.server ?? 'node',
      modes: MODES.filter((mode) => modes.includes(mode)),
    };
  } catch (error) {
    console.error(`bench: ${firstLine(error)}\n${usage}`);
    return 2;
  }
  const loadBefore = os.loadavg()[0] ?? 0;
  const started = new Date();
  // Rejections Lighthouse 12.2.3 leaves unawaited (PROTOCOL_TIMEOUT on a busy page): noted, the run settles anyway.
  const stray: string[] = [];
  process.on('unhandledRejection', (reason) => stray.push(firstLine(reason)));

  const outDir = path.join(root, 'reports', 'bench-dist');
  // runnerImport sets NODE_ENV=development, which vite build would keep: React's development build would be measured.
  process.env.NODE_ENV = 'production';
  // As `npm start` builds it, plus hidden source maps (no served byte changes) that name the trace's functions.
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    base: '/',
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden' },
  });
  const sizes = await initialJs(outDir);

  const results: ModeResult[] = [];
  for (const mode of options.modes) results.push(await measureMode(mode, root, outDir, options));

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const lighthouseVersion = results.flatMap((result) => result.runs.mobile)[0]?.lighthouseVersion ?? 'not run';
  const lines = [
    `# Bench ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.availableParallelism()} cores, ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${os.type()} ${os.release()}; Node ${process.version}`,
    `Load average (1 min) before the run: ${loadBefore.toFixed(2)}; after: ${(os.loadavg()[0] ?? 0).toFixed(2)}`,
    `Lighthouse ${lighthouseVersion}, ${options.runs} run(s) per preset and mode; server: ${options.server === 'node' ? 'sirv (gzip)' : 'nginx with deploy/nginx/ (brotli)'}`,
    `Initial JavaScript: ${sizes.line}`,
    '',
    '## Medians (min–max) per preset and mode',
    '',
    markdownTable(
      ['mode', 'preset', 'runs', 'performance', 'FCP', 'LCP', 'TBT', 'CLS', 'a11y', 'best pr.'],
      results.flatMap((result) => PRESETS.map((preset) => medianRow(result.mode, preset, result.runs[preset]))),
    ),
    '',
    '## Targets (issue 22): "met" or "not met" only from 5 runs or more',
    '',
    markdownTable(
      ['mode', 'target', 'median', 'runs', 'verdict'],
      results.flatMap((result) => targetRows(result)),
    ),
  ];
  for (const result of results) {
    lines.push('', `## ${MODE_LABELS[result.mode]}: ${result.url}`, '');
    const loads = result.loads.loads;
    if (loads.length > 0) {
      const ms = (values: number[]) => `${Math.round(median(values) ?? Number.NaN)} ms`;
      lines.push(
        `Unthrottled cold loads (1280×800, median of ${loads.length}): first KPI ${ms(loads.map((load) => load.firstKpiMs))}, all six areas ${ms(loads.map((load) => load.allAreasMs))}`,
      );
    }
    if (result.trace) lines.push(...formatLongTasks(result.trace));
    lines.push(...result.notes.map((note) => `Note: ${note}`));
  }
  lines.push(
    ...sizes.failures.map((failure) => `Note: ${failure}`),
    ...[...new Set(stray)].map((reason) => `Note: Lighthouse internal error, run continued: ${reason}`),
  );
  console.log(lines.join('\n'));
  await writeFile(
    path.join(root, 'reports', 'bench.json'),
    `${JSON.stringify({ date: started, loadBefore, cpu, options, sizes, results }, null, 1)}\n`,
  );
  const unmeasured = results.filter(
    (result) => options.runs > 0 && PRESETS.some((preset) => result.runs[preset].length === 0),
  );
  return unmeasured.length > 0 ? 1 : 0;
}

function medianRow(mode: Mode, preset: Preset, runs: LighthouseRun[]): string[] {
  const spread = (pick: (run: LighthouseRun) => number, format: (value: number) => string) => {
    const values = runs.map(pick);
    if (values.length === 0) return '–';
    const low = Math.min(...values);
    const high = Math.max(...values);
    return `${format(median(values) ?? Number.NaN)}${low === high ? '' : ` (${format(low)}–${format(high)})`}`;
  };
  const ms = (value: number) => `${Math.round(value)} ms`;
  const s = (value: number) => `${(value / 1000).toFixed(2)} s`;
  const whole = (value: number) => String(Math.round(value));
  return [
    mode,
    preset,
    String(runs.length),
    spread((run) => run.performance, whole),
    spread((run) => run.fcpMs, s),
    spread((run) => run.lcpMs, s),
    spread((run) => run.tbtMs, ms),
    spread(
      (run) => run.cls,
      (value) => value.toFixed(3),
    ),
    spread((run) => run.accessibility, whole),
    spread((run) => run.bestPractices, whole),
  ];
}

import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startMockApiServer } from '../../mocks/server/create-mock-api-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { startNginx, writeNginxConfig } from '../nginx/nginx-site';
import { serveDir } from '../serve';
import { checkBuild, kib } from '../size-budget/check-size-budget';
import { PRESETS, runLighthouse, type LighthouseRun } from './lighthouse';
import { coldLoad } from './page-loads';
import { formatLongTasks, traceLongTasks, type TraceSummary } from './trace-long-tasks';
import { markdownTable, median, ms, seconds, targetRows, threeDecimals, whole, type ModeRuns } from './targets';

const MODES = ['demo', 'live', 'series'] as const;
type Mode = (typeof MODES)[number];
const MODE_LABELS = { demo: 'mocks on', live: 'mocks off, mock-api', series: 'mock-api, 模拟序列（非真实数据）' };
const COLUMNS: [string, (run: LighthouseRun) => number, (value: number) => string][] = [
  ['performance', (run) => run.performance, whole],
  ['FCP', (run) => run.fcpMs, seconds],
  ['LCP', (run) => run.lcpMs, seconds],
  ['TBT', (run) => run.tbtMs, ms],
  ['CLS', (run) => run.cls, threeDecimals],
  ['a11y', (run) => run.accessibility, whole],
  ['best pr.', (run) => run.bestPractices, whole],
];
const usage = `usage: npm run bench [-- --runs N] [--modes demo,live,series] [--server node|nginx] [--loads N]
  --runs: Lighthouse runs per preset and mode (default 5; targets are judged only from 5); --modes: default all;
  --server: node (sirv, .gz) or nginx (deploy/nginx/, brotli); --loads: cold page loads per mode (default 3).
Ports: E2E_PORT+2 (mock API) and +3 (server) when E2E_PORT is set. CHROME_PATH picks the browser.`;

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
const basePort = Number(process.env.E2E_PORT) || undefined;
const count = (raw: string) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 50) throw new Error(`expected a whole number 0–50, got ${raw}`);
  return value;
};

function parseOptions(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string', default: '5' },
        modes: { type: 'string', default: MODES.join(',') },
        server: { type: 'string', default: 'node' },
        loads: { type: 'string', default: '3' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const modes = values.modes.split(',');
    if (modes.some((mode) => !MODES.includes(mode as Mode))) throw new Error(`--modes takes ${MODES.join(', ')}`);
    if (!['node', 'nginx'].includes(values.server)) throw new Error('--server takes node or nginx');
    const chosen = MODES.filter((mode) => modes.includes(mode));
    return { ...values, runs: count(values.runs), loads: count(values.loads), modes: chosen };
  } catch (error) {
    console.error(`bench: ${firstLine(error)}\n${usage}`);
    return undefined;
  }
}
type Options = NonNullable<ReturnType<typeof parseOptions>>;

/** sirv (with the build's .gz files), or Debian's nginx with deploy/nginx/ (brotli), which proxies /api/ to the API. */
async function serve(root: string, dir: string, server: string, apiUrl?: string) {
  const node = await serveDir(dir, basePort ? basePort + 3 : 0);
  if (server === 'node') return node;
  const port = Number(new URL(node.origin).port);
  await node.close();
  const sites = [{ port, distDir: dir, base: '/', embedOrigins: "'self'", apiProxy: apiUrl !== undefined }];
  const proxy = apiUrl ? { apiUpstream: `${apiUrl}/` } : {};
  const args = await writeNginxConfig(root, { prefix: path.join(root, '.nginx', 'bench'), sites, ...proxy });
  const nginx = await startNginx(args, port, 'pipe');
  const exited = new Promise((resolve) => nginx.once('exit', resolve));
  return { origin: `http://127.0.0.1:${port}`, close: async () => void (nginx.kill('SIGQUIT'), await exited) };
}

async function measureMode(mode: Mode, root: string, built: string, options: Options) {
  const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;
  const runs: ModeRuns['runs'] = { mobile: [], desktop: [] };
  const loads: { firstKpiMs: number; allAreasMs: number }[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  let trace: TraceSummary | undefined;
  const log = (line: string) => console.error(`[bench ${mode}] ${line}`);
  const scenario = mode === 'series' ? { scenario: 'series' as const } : {};
  const apiOptions = { port: basePort ? basePort + 2 : 0, host: '127.0.0.1', ...scenario };
  const api = mode === 'demo' ? undefined : await startMockApiServer(apiOptions);
  const dir = api ? `${built}-${mode}` : built;
  if (api) {
    // A deployment points config.json at its API (nginx: at its own /api/); the bench does so in a copy of the build.
    await rm(dir, { recursive: true, force: true });
    await cp(built, dir, { recursive: true });
    const apiBaseUrl = options.server === 'nginx' ? '/api' : api.url;
    await writeFile(path.join(dir, 'config.json'), `${JSON.stringify({ apiBaseUrl, mocks: false })}\n`);
  }
  const server = await serve(root, dir, options.server, api?.url);
  const url = `${server.origin}/`;
  const reports = path.join(root, 'reports', 'bench-lighthouse', mode);
  try {
    // Unthrottled cold loads at 1280×800, then one traced load at 412×823, in new contexts of one Chromium.
    const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
    try {
      for (let index = 0; index < options.loads; index += 1) {
        await coldLoad(browser, url, errors).then(
          ({ timing }) => loads.push(timing),
          (error: unknown) => notes.push(`page load failed: ${firstLine(error)}`),
        );
      }
      const traces = path.join(root, 'reports', 'bench-traces');
      await mkdir(traces, { recursive: true });
      trace = await traceLongTasks(browser, url, dir, path.join(traces, `${mode}.json`), errors);
      log(`trace: ${trace.longTasks.length} long tasks, est. blocking ${ms(trace.blockingMs)}`);
    } catch (error) {
      notes.push(`the trace failed: ${firstLine(error)}`);
    } finally {
      await browser.close();
    }
    await rm(reports, { recursive: true, force: true });
    await mkdir(reports, { recursive: true });
    // Presets alternate, so a busy moment of the machine hits both alike; one run at a time, never in parallel.
    for (let index = 1; index <= options.runs; index += 1) {
      for (const preset of PRESETS) {
        try {
          const { run, lhr } = await runLighthouse(url, preset, chromePath);
          await writeFile(path.join(reports, `${preset}-${index}.json`), JSON.stringify(lhr));
          runs[preset].push(run);
          log(`Lighthouse ${preset} ${index}: ${run.performance}, TBT ${ms(run.tbtMs)}, load ${run.loadAverage}`);
        } catch (error) {
          notes.push(`Lighthouse ${preset} run ${index} failed: ${firstLine(error)}`);
        }
      }
    }
  } finally {
    await server.close();
    await api?.close();
  }
  const failed = new Set([...runs.mobile, ...runs.desktop].flatMap((run) => run.failedAudits));
  if (failed.size > 0) notes.push(`audits below 100: ${[...failed].join(', ')}`);
  notes.push(...[...new Set(errors)].map((error) => `page error: ${error}`));
  return { mode, url, runs, loads, trace, notes };
}

/** "median (min–max)" of one metric over a preset's runs. */
function spread(runs: LighthouseRun[], pick: (run: LighthouseRun) => number, format: (value: number) => string) {
  const values = runs.map(pick);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  if (values.length === 0) return '–';
  return `${format(median(values) ?? Number.NaN)}${low === high ? '' : ` (${format(low)}–${format(high)})`}`;
}

export async function main({ argv, root }: { argv: string[]; root: string }): Promise<number> {
  const options = parseOptions(argv);
  if (options?.help) console.log(usage);
  if (!options || options.help) return options ? 0 : 2;
  const [loadBefore, started] = [os.loadavg()[0] ?? 0, new Date()];
  // Rejections Lighthouse 12.2.3 leaves unawaited (PROTOCOL_TIMEOUT on a busy page): noted, the run settles anyway.
  const stray = new Set<string>();
  process.on('unhandledRejection', (why) => stray.add(`Lighthouse internal error, run continued: ${firstLine(why)}`));
  const outDir = path.join(root, 'reports', 'bench-dist');
  // runnerImport sets NODE_ENV=development, which vite build would keep: React's development build would be measured.
  process.env.NODE_ENV = 'production';
  // As `npm start` builds it, plus hidden source maps (no served byte changes) that name the trace's functions.
  await build({ root, logLevel: 'warn', base: '/', build: { outDir, emptyOutDir: true, sourcemap: 'hidden' } });
  const sizes = await checkBuild(outDir);
  const results = [];
  for (const mode of options.modes) results.push(await measureMode(mode, root, outDir, options));

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const lighthouseVersion = results.flatMap((result) => result.runs.mobile)[0]?.lighthouseVersion ?? 'not run';
  const server = options.server === 'node' ? 'sirv (gzip)' : 'nginx with deploy/nginx/ (brotli)';
  const medianRow = (mode: Mode, preset: (typeof PRESETS)[number], runs: LighthouseRun[]) => [
    ...[mode, preset, String(runs.length)],
    ...COLUMNS.map(([, pick, format]) => spread(runs, pick, format)),
  ];
  const lines = [
    `# Bench ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${os.availableParallelism()} cores, ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${os.type()} ${os.release()}; Node ${process.version}`,
    `Load average (1 min) before the run: ${loadBefore.toFixed(2)}; after: ${(os.loadavg()[0] ?? 0).toFixed(2)}`,
    `Lighthouse ${lighthouseVersion}, ${options.runs} run(s) per preset and mode; server: ${server}`,
    `Initial JavaScript: ${kib(sizes.initialGzipBytes)} gzip, ${kib(sizes.initialBrotliBytes)} brotli (${sizes.initialFiles.length} files)`,
    '\n## Medians (min–max) per preset and mode\n',
    markdownTable(
      ['mode', 'preset', 'runs', ...COLUMNS.map(([name]) => name)],
      results.flatMap(({ mode, runs }) => PRESETS.map((preset) => medianRow(mode, preset, runs[preset]))),
    ),
    '\n## Targets (issue 22): "met" or "not met" only from 5 runs or more\n',
    markdownTable(['mode', 'target', 'median', 'runs', 'verdict'], results.flatMap(targetRows)),
  ];
  for (const { mode, url, loads, trace, notes } of results) {
    lines.push(`\n## ${mode} (${MODE_LABELS[mode]}): ${url}\n`);
    const medianOf = (key: 'firstKpiMs' | 'allAreasMs') => ms(median(loads.map((load) => load[key])) ?? Number.NaN);
    const timing = `first KPI ${medianOf('firstKpiMs')}, all six areas ${medianOf('allAreasMs')}`;
    if (loads.length > 0) lines.push(`Unthrottled cold loads (1280×800, median of ${loads.length}): ${timing}`);
    if (trace) lines.push(...formatLongTasks(trace));
    lines.push(...notes.map((note) => `Note: ${note}`));
  }
  lines.push(...[...sizes.failures, ...stray].map((note) => `Note: ${note}`));
  console.log(lines.join('\n'));
  const json = { date: started, loadBefore, cpu, options, sizes, results };
  await writeFile(path.join(root, 'reports', 'bench.json'), `${JSON.stringify(json, null, 1)}\n`);
  return options.runs > 0 && results.some(({ runs }) => runs.mobile.length === 0 || runs.desktop.length === 0) ? 1 : 0;
}

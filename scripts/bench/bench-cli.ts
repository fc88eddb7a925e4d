import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemo } from './build-demo';
import { bundleSizes, type BundleSizes } from './bundle-sizes';
import { formatModeSummary, formatTable, tableRows } from './format-table';
import { PRESETS, runLighthouseSeries, type AuditError, type Series } from './lighthouse-runs';
import { machineInfo, sourceInfo, type SourceInfo } from './machine-info';
import { startMockApiProcess, type MockApiProcess } from './mock-api-process';
import { measureLoads, type LoadResults } from './page-timing';
import { serveWithNginx } from './nginx-server';
import { exportCommit } from './source-tree';
import { serveStatic, type RunningServer } from './static-server';
import { spread } from './stats';
import { formatLongTasks, traceLongTasks, type TraceSummary } from './trace-long-tasks';
import { scenarioNames } from '../../mocks/handlers/scenarios';
import { CHROMIUM_ARGS } from '../chromium';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export const MODES = ['demo', 'live', 'series'] as const;
export type Mode = (typeof MODES)[number];

export const benchUsage = [
  'usage: npm run bench [-- --ref GIT_REF] [--modes LIST] [--server node|nginx] [--loads N] [--lighthouse-runs N]',
  '                     [--budget SECONDS]',
  '  --ref              measure this commit (exported to reports/bench-src) instead of the working tree',
  "  --server           node (default): a small gzip server; nginx: Debian's nginx with deploy/nginx/, which",
  "                     sends the build's .br files to browsers that accept brotli",
  `  --modes            comma-separated, of ${MODES.join(', ')} (default all): demo = mocks on (the service`,
  '                     worker); live = mocks off against `npm run mock-api` over HTTP; series = the demo with',
  '                     ?scenario=series (reported "not available" where that scenario does not exist)',
  '  --loads            cold page loads in headless Chromium per mode (default 5, at least 1)',
  '  --lighthouse-runs  Lighthouse runs per preset and mode, mobile and desktop alternating (default 3, 0 to skip)',
  '  --budget           seconds by which the whole bench should be done (default 900, shared by the modes): a',
  "                     further round of a mode's Lighthouse runs starts only if it fits; the first always happens",
  'Builds the demo into reports/bench-dist, serves it gzip-compressed on 127.0.0.1 (live mode: with a config.json',
  'pointing at the mock API), traces one load per mode for its long tasks, prints the tables and writes',
  'reports/bench.json. Timings never fail the run; the exit status is 1 only when a figure could not be measured',
  'at all. CHROME_PATH (default /usr/bin/chromium) picks the browser; ports come from E2E_PORT + 2 and + 3 when set.',
].join('\n');

type ServerKind = 'node' | 'nginx';

interface Options {
  ref: string | undefined;
  modes: Mode[];
  server: ServerKind;
  loads: number;
  lighthouseRuns: number;
  budgetSeconds: number;
}

function parseCount(raw: string | undefined, fallback: number, min: number, max: number, flag: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag} must be a whole number ${min}–${max}, got "${raw}"`);
  }
  return value;
}

function parseOptions(argv: readonly string[]): Options | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      loads: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      budget: { type: 'string' },
      ref: { type: 'string' },
      modes: { type: 'string' },
      server: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const modes = (values.modes ?? MODES.join(',')).split(',').map((item) => item.trim());
  const unknown = modes.filter((item) => !MODES.some((mode) => mode === item));
  if (unknown.length > 0 || modes.length === 0) {
    throw new Error(`--modes takes ${MODES.join(', ')}, got "${values.modes ?? ''}"`);
  }
  const server = values.server ?? 'node';
  if (server !== 'node' && server !== 'nginx') throw new Error(`--server must be node or nginx, got "${server}"`);
  return {
    ref: values.ref,
    server,
    modes: MODES.filter((mode) => modes.includes(mode)),
    loads: parseCount(values.loads, 5, 1, 50, '--loads'),
    lighthouseRuns: parseCount(values['lighthouse-runs'], 3, 0, 50, '--lighthouse-runs'),
    budgetSeconds: parseCount(values.budget, 900, 60, 7200, '--budget'),
  };
}

/** One line per root cause: a gatherer that fails on this Chromium's trace takes several audits with it. */
function groupAuditErrors(errors: readonly AuditError[]): string[] {
  const byCause = new Map<string, Set<string>>();
  for (const { audit, message } of errors) {
    const cause = message.split(': ').at(-1) ?? message;
    byCause.set(cause, (byCause.get(cause) ?? new Set()).add(audit));
  }
  return [...byCause].map(([cause, audits]) => `${[...audits].join(', ')} (${cause})`);
}

/** Above this share of CPU time taken by others just before a run, its figures are flagged. */
const BUSY_THRESHOLD = 0.25;

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
const secondsSince = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

interface ModeResult {
  mode: Mode;
  /** Why the mode was not measured, e.g. the series scenario does not exist in this tree. */
  unavailable?: string;
  url?: string;
  loads: LoadResults;
  series: Series;
  trace?: TraceSummary;
  traceError?: string;
}

const MODE_LABELS: Record<Mode, string> = {
  demo: 'offline demo (mocks on, service worker)',
  live: 'live (mocks off, npm run mock-api over HTTP)',
  series: 'series scenario (demo, ?scenario=series)',
};

const emptySeries = (): Series => ({
  runs: { mobile: [], desktop: [] },
  failures: [],
  skipped: [],
  internalErrors: [],
});

const basePort = (): number | undefined => {
  const value = Number(process.env.E2E_PORT);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

interface MeasureContext {
  root: string;
  servedDir: string;
  options: Options;
  chromePath: string;
  deadline: number;
  progress: (line: string) => void;
}

async function measureMode(mode: Mode, context: MeasureContext): Promise<ModeResult> {
  const { root, servedDir, options, chromePath, progress } = context;
  const result: ModeResult = { mode, loads: { loads: [], failures: [], pageErrors: [] }, series: emptySeries() };
  // The series scenario is being added on another branch: until it lands, its row says so instead of failing.
  if (mode === 'series' && !(scenarioNames as readonly string[]).includes('series')) {
    return { ...result, unavailable: 'not available: the mock API has no "series" scenario in this tree' };
  }
  const port = basePort();
  let api: MockApiProcess | undefined;
  let overrides: Record<string, string> = {};
  if (mode === 'live') {
    try {
      api = await startMockApiProcess(root, { port: port === undefined ? 0 : port + 2 });
      progress(`live: npm run mock-api answers at ${api.url}`);
      overrides = { '/config.json': `${JSON.stringify({ apiBaseUrl: api.url, mocks: false }, null, 2)}\n` };
    } catch (error) {
      return { ...result, unavailable: `could not start npm run mock-api: ${firstLine(error)}` };
    }
  }
  let server: RunningServer;
  let dir = servedDir;
  try {
    if (options.server === 'nginx') {
      // nginx serves files as they are: the live mode gets its own copy with its own config.json.
      if (overrides['/config.json'] !== undefined) {
        dir = `${servedDir}-${mode}`;
        await rm(dir, { recursive: true, force: true });
        await cp(servedDir, dir, { recursive: true });
        await writeFile(path.join(dir, 'config.json'), overrides['/config.json']);
      }
      server = await serveWithNginx(root, dir);
    } else {
      server = await serveStatic(servedDir, { port: port === undefined ? 0 : port + 3, overrides });
    }
  } catch (error) {
    await api?.stop();
    return { ...result, unavailable: `could not start the ${options.server} server: ${firstLine(error)}` };
  }
  const url = `${server.origin}/${mode === 'series' ? '?scenario=series' : ''}`;
  result.url = url;
  try {
    const served = options.server === 'nginx' ? 'with nginx (deploy/nginx/)' : 'gzip-compressed';
    progress(`${mode}: serving ${path.relative(root, dir)} ${served} at ${url}`);
    try {
      result.loads = await measureLoads({
        url,
        loads: options.loads,
        chromiumPath: chromePath,
        chromiumArgs: CHROMIUM_ARGS,
        onLoad: (index, load) =>
          progress(
            load instanceof Error
              ? `${mode} load ${index + 1}: failed: ${firstLine(load)}`
              : `${mode} load ${index + 1}: first KPI ${Math.round(load.firstKpiMs)} ms, all areas ${Math.round(load.allAreasMs)} ms, ` +
                  `CPUs ${Math.round((load.busyBefore ?? 0) * 100)}% busy before`,
          ),
      });
    } catch (error) {
      result.loads.failures.push(`could not start Chromium: ${firstLine(error)}`);
      progress(`${mode} page loads failed: ${firstLine(error)}`);
    }
    try {
      await mkdir(path.join(root, 'reports', 'bench-traces'), { recursive: true });
      result.trace = await traceLongTasks({
        url,
        saveTraceTo: path.join(root, 'reports', 'bench-traces', `${mode}.json`),
        outDir: dir,
        chromiumPath: chromePath,
        chromiumArgs: CHROMIUM_ARGS,
      });
      progress(
        `${mode} trace: ${result.trace.longTasks.length} long tasks, blocking ${Math.round(result.trace.blockingMs)} ms after FCP`,
      );
    } catch (error) {
      result.traceError = firstLine(error);
      progress(`${mode} trace failed: ${result.traceError}`);
    }
    result.series = await runLighthouseSeries({
      url,
      runsPerPreset: options.lighthouseRuns,
      deadline: context.deadline,
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      reportDir: path.join(root, 'reports', 'bench-lighthouse', mode),
      onRun: (preset, run, lighthouseRun) =>
        progress(
          lighthouseRun instanceof Error
            ? `${mode} Lighthouse ${preset} ${run} failed: ${firstLine(lighthouseRun)}`
            : `${mode} Lighthouse ${preset} ${run}: performance ${lighthouseRun.performance}, LCP ${Math.round(lighthouseRun.lcpMs)} ms, ` +
                `TBT ${Math.round(lighthouseRun.tbtMs)} ms, took ${Math.round(lighthouseRun.durationMs / 1000)} s, ` +
                `CPUs ${Math.round((lighthouseRun.busyBefore ?? 0) * 100)}% busy before`,
        ),
    });
  } finally {
    await server.close();
    await api?.stop();
  }
  return result;
}

function modeNotes(result: ModeResult, options: Options): string[] {
  const { loads, series } = result;
  const lighthouse = series.runs;
  const allRuns = [...lighthouse.mobile, ...lighthouse.desktop];
  const lighthouseWarnings = [...new Set(allRuns.flatMap((run) => run.warnings))];
  const failedAudits = [
    ...new Set(allRuns.flatMap((run) => run.failedAudits.map((audit) => `${run.preset} ${audit}`))),
  ];
  const auditErrors = groupAuditErrors(allRuns.flatMap((run) => run.auditErrors));
  const busyLoads = loads.loads
    .map((load, index) => ({ busy: load.busyBefore ?? 0, label: `load ${index + 1}` }))
    .filter(({ busy }) => busy > BUSY_THRESHOLD)
    .map(({ busy, label }) => `${label}: ${Math.round(busy * 100)}%`);
  const busyRuns = PRESETS.flatMap((preset) =>
    lighthouse[preset]
      .map((run, index) => ({ busy: run.busyBefore ?? 0, label: `${preset} ${index + 1}` }))
      .filter(({ busy }) => busy > BUSY_THRESHOLD)
      .map(({ busy, label }) => `${label}: ${Math.round(busy * 100)}%`),
  );
  return [
    ...(result.traceError ? [`the trace failed: ${result.traceError}`] : []),
    ...loads.failures.map((failure) => `page load failed: ${failure}`),
    ...[...new Set(loads.pageErrors)].map((error) => `page error: ${error}`),
    ...series.failures.map((failure) => `Lighthouse ${failure}`),
    ...[...new Set(series.internalErrors)].map((reason) => `Lighthouse internal error, run continued: ${reason}`),
    ...(series.skipped.length > 0
      ? [`Lighthouse runs skipped by the ${options.budgetSeconds} s budget: ${series.skipped.join(', ')}`]
      : []),
    ...(busyLoads.length > 0
      ? [
          `${busyLoads.length} of ${loads.loads.length} page loads started while other work kept the CPUs busy (${busyLoads.join(', ')})`,
        ]
      : []),
    ...(busyRuns.length > 0
      ? [
          `${busyRuns.length} of ${allRuns.length} Lighthouse runs started while other work kept the CPUs busy ` +
            `(${busyRuns.join(', ')}): their TBT and scores read worse than on a quiet machine`,
        ]
      : []),
    ...lighthouseWarnings.map((warning) => `Lighthouse warning: ${warning}`),
    ...(failedAudits.length > 0 ? [`Lighthouse audits that failed: ${failedAudits.join(', ')}`] : []),
    ...auditErrors.map((error) => `Lighthouse could not run ${error}`),
  ];
}

export async function runBenchCli(root: string, argv: readonly string[], output: CliOutput): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    output.error(`bench: ${firstLine(error)}\n${benchUsage}`);
    return 2;
  }
  if (options === 'help') {
    output.log(benchUsage);
    return 0;
  }

  const started = performance.now();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const outDir = path.join(root, 'reports', 'bench-dist');
  const machine = await machineInfo(chromePath);
  const progress = (line: string) => output.error(`[bench ${secondsSince(started)}] ${line}`);

  let source: SourceInfo;
  let sizes: BundleSizes;
  let servedDir: string;
  let projectRoot = root;
  try {
    if (options.ref === undefined) {
      source = await sourceInfo(root);
    } else {
      projectRoot = path.join(root, 'reports', 'bench-src');
      source = await sourceInfo(root, await exportCommit(root, options.ref, projectRoot), true);
      progress(`exported ${options.ref} (${source.commit}) to ${path.relative(root, projectRoot)}`);
    }
    progress(`building the demo into ${path.relative(root, outDir)}`);
    const built = await buildDemo(projectRoot, outDir);
    sizes = await bundleSizes(projectRoot, built.outDir, built.chunks);
    servedDir = built.outDir;
  } catch (error) {
    output.error(`bench: could not build the demo, nothing measured: ${firstLine(error)}`);
    return 1;
  }

  const results: ModeResult[] = [];
  for (const [index, mode] of options.modes.entries()) {
    // Each mode gets its share of the budget, so a slow first mode cannot leave the others without Lighthouse runs.
    const deadline = started + (options.budgetSeconds * 1000 * (index + 1)) / options.modes.length;
    const result = await measureMode(mode, {
      root: projectRoot,
      servedDir,
      options,
      chromePath,
      deadline,
      progress,
    });
    if (result.unavailable) progress(`${mode}: ${result.unavailable}`);
    results.push(result);
  }

  const date = new Date();
  const lighthouseVersion =
    results.flatMap((result) => [...result.series.runs.mobile, ...result.series.runs.desktop])[0]?.lighthouseVersion ??
    'not run';
  const duration = secondsSince(started);
  const loadAverage = { start: loadAverageAtStart, end: os.loadavg()[0] ?? 0 };

  output.log(`Shanxi ICT Dashboard bench, ${date.toISOString().slice(0, 10)}`);
  const tree =
    options.ref !== undefined
      ? 'clean export'
      : source.uncommitted.length > 0
        ? `working tree with uncommitted changes to ${source.uncommitted.length} build input(s)`
        : 'working tree, clean';
  output.log(`Commit ${source.commit} "${source.subject.slice(0, 90)}" (${tree})`);
  output.log(
    `Machine: ${machine.os}; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; ${machine.chromium}`,
  );
  output.log(`Load average (1 min): ${loadAverage.start.toFixed(1)} at start, ${loadAverage.end.toFixed(1)} at end`);
  output.log(
    `Page loads: headless Chromium, 1280×800, no throttling, each in a new context. Lighthouse ${lighthouseVersion}, mobile (default) and desktop presets.`,
  );
  output.log('');
  output.log(
    formatModeSummary(
      results.map(({ mode, unavailable, series }) => ({
        mode: MODE_LABELS[mode],
        unavailable,
        mobile: series.runs.mobile,
        desktop: series.runs.desktop,
      })),
    ),
  );
  for (const result of results) {
    output.log('');
    output.log(`## ${MODE_LABELS[result.mode]}${result.url ? ` — ${result.url}` : ''}`);
    if (result.unavailable) {
      output.log(result.unavailable);
      continue;
    }
    output.log('');
    output.log(
      formatTable(
        tableRows({
          sizes: result.mode === 'demo' ? sizes : undefined,
          loads: result.loads.loads,
          loadCount: options.loads,
          lighthouse: result.series.runs,
          lighthouseRuns: options.lighthouseRuns,
        }),
      ),
    );
    output.log('');
    if (result.trace) for (const line of formatLongTasks(result.trace)) output.log(line);
    for (const note of modeNotes(result, options)) output.log(`Note: ${note}`);
  }
  output.log('');
  for (const leak of sizes.leaks) output.log(`Note: initial JavaScript contains ${leak}, which should load on demand`);
  output.log(`Took ${duration}; raw figures in reports/bench.json, Lighthouse reports in reports/bench-lighthouse/`);

  const report = {
    date: date.toISOString(),
    source,
    machine,
    settings: { ...options, viewport: '1280x800', lighthouseVersion },
    loadAverage,
    sizes,
    modes: Object.fromEntries(
      results.map((result) => [
        result.mode,
        {
          url: result.url,
          unavailable: result.unavailable,
          loads: {
            firstKpiMs: spread(result.loads.loads.map((load) => load.firstKpiMs)),
            allAreasMs: spread(result.loads.loads.map((load) => load.allAreasMs)),
            firstContentfulPaintMs: spread(result.loads.loads.flatMap((load) => load.firstContentfulPaintMs ?? [])),
            raw: result.loads.loads,
            failures: result.loads.failures,
            pageErrors: [...new Set(result.loads.pageErrors)],
          },
          trace: result.trace,
          traceError: result.traceError,
          lighthouse: result.series,
        },
      ]),
    ),
    durationSeconds: Math.round(performance.now() - started) / 1000,
  };
  await mkdir(path.join(root, 'reports'), { recursive: true });
  await writeFile(path.join(root, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  const unmeasured = results.flatMap((result) =>
    result.unavailable && result.mode === 'series'
      ? []
      : [
          result.unavailable ? `${result.mode} (${result.unavailable})` : undefined,
          !result.unavailable && result.loads.loads.length === 0 ? `${result.mode} page loads` : undefined,
          ...PRESETS.map((preset) =>
            !result.unavailable && options.lighthouseRuns > 0 && result.series.runs[preset].length === 0
              ? `${result.mode} Lighthouse ${preset}`
              : undefined,
          ),
        ].filter((item) => item !== undefined),
  );
  if (unmeasured.length > 0) {
    output.error(`bench: could not measure ${unmeasured.join(', ')}`);
    return 1;
  }
  return 0;
}

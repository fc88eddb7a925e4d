import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemo } from './build-demo';
import { bundleSizes, type BundleSizes } from './bundle-sizes';
import { formatTable, tableRows } from './format-table';
import { PRESETS, runLighthouseSeries, type AuditError, type Series } from './lighthouse-runs';
import { machineInfo, sourceInfo, type SourceInfo } from './machine-info';
import { measureLoads, type LoadResults } from './page-timing';
import { exportCommit } from './source-tree';
import { serveWithNginx } from './nginx-server';
import { serveStatic } from './static-server';
import { spread } from './stats';
import { CHROMIUM_ARGS } from '../chromium';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export const benchUsage = [
  'usage: npm run bench [-- --ref GIT_REF] [--server node|nginx] [--loads N] [--lighthouse-runs N] [--budget SECONDS]',
  '  --ref              measure this commit (exported to reports/bench-src) instead of the working tree',
  "  --server           node (default): a small gzip server; nginx: Debian's nginx with deploy/nginx/, which",
  "                     sends the build's .br files to browsers that accept brotli",
  '  --loads            cold page loads in headless Chromium (default 5, at least 1)',
  '  --lighthouse-runs  Lighthouse runs per preset, mobile and desktop alternating (default 3, 0 to skip)',
  '  --budget           seconds by which the whole bench should be done (default 420): a further round of',
  '                     Lighthouse runs starts only if it fits; the first round always happens',
  'Builds the demo into reports/bench-dist, serves it gzip-compressed on 127.0.0.1, prints one table and',
  'writes reports/bench.json. Timings never fail the run; the exit status is 1 only when a figure could not',
  'be measured at all. CHROME_PATH (default /usr/bin/chromium) picks the browser.',
].join('\n');

type ServerKind = 'node' | 'nginx';

interface Options {
  ref: string | undefined;
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
      server: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const server = values.server ?? 'node';
  if (server !== 'node' && server !== 'nginx') throw new Error(`--server must be node or nginx, got "${server}"`);
  return {
    ref: values.ref,
    server,
    loads: parseCount(values.loads, 5, 1, 50, '--loads'),
    lighthouseRuns: parseCount(values['lighthouse-runs'], 3, 0, 50, '--lighthouse-runs'),
    budgetSeconds: parseCount(values.budget, 420, 60, 7200, '--budget'),
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
  try {
    let projectRoot = root;
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

  let server;
  try {
    server = options.server === 'nginx' ? await serveWithNginx(root, servedDir) : await serveStatic(servedDir);
  } catch (error) {
    output.error(`bench: could not start the ${options.server} server, nothing measured: ${firstLine(error)}`);
    return 1;
  }
  const url = `${server.origin}/`;
  let loads: LoadResults = { loads: [], failures: [], pageErrors: [] };
  let series: Series;
  try {
    const served = options.server === 'nginx' ? 'with nginx (deploy/nginx/)' : 'gzip-compressed';
    progress(`serving ${path.relative(root, servedDir)} ${served} at ${url}`);
    try {
      loads = await measureLoads({
        url,
        loads: options.loads,
        chromiumPath: chromePath,
        chromiumArgs: CHROMIUM_ARGS,
        onLoad: (index, result) =>
          progress(
            result instanceof Error
              ? `load ${index + 1}: failed: ${firstLine(result)}`
              : `load ${index + 1}: first KPI ${Math.round(result.firstKpiMs)} ms, all areas ${Math.round(result.allAreasMs)} ms, ` +
                  `CPUs ${Math.round((result.busyBefore ?? 0) * 100)}% busy before`,
          ),
      });
    } catch (error) {
      loads.failures.push(`could not start Chromium: ${firstLine(error)}`);
      progress(`page loads failed: ${firstLine(error)}`);
    }
    series = await runLighthouseSeries({
      url,
      runsPerPreset: options.lighthouseRuns,
      deadline: started + options.budgetSeconds * 1000,
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      reportDir: path.join(root, 'reports', 'bench-lighthouse'),
      onRun: (preset, run, result) =>
        progress(
          result instanceof Error
            ? `Lighthouse ${preset} ${run} failed: ${firstLine(result)}`
            : `Lighthouse ${preset} ${run}: performance ${result.performance}, LCP ${Math.round(result.lcpMs)} ms, ` +
                `took ${Math.round(result.durationMs / 1000)} s, CPUs ${Math.round((result.busyBefore ?? 0) * 100)}% busy before`,
        ),
    });
  } finally {
    await server.close();
  }

  const date = new Date();
  const lighthouse = series.runs;
  const rows = tableRows({
    sizes,
    loads: loads.loads,
    loadCount: options.loads,
    lighthouse,
    lighthouseRuns: options.lighthouseRuns,
  });
  const allRuns = [...lighthouse.mobile, ...lighthouse.desktop];
  const lighthouseWarnings = [...new Set(allRuns.flatMap((run) => run.warnings))];
  const failedAudits = [
    ...new Set(allRuns.flatMap((run) => run.failedAudits.map((audit) => `${run.preset} ${audit}`))),
  ];
  const auditErrors = groupAuditErrors(allRuns.flatMap((run) => run.auditErrors));
  const lighthouseVersion = allRuns[0]?.lighthouseVersion ?? 'not run';
  const pageErrors = [...new Set(loads.pageErrors)];
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
  output.log(formatTable(rows));
  output.log('');
  const notes = [
    ...sizes.leaks.map((leak) => `initial JavaScript contains ${leak}, which should load on demand`),
    ...loads.failures.map((failure) => `page load failed: ${failure}`),
    ...pageErrors.map((error) => `page error: ${error}`),
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
  for (const note of notes) output.log(`Note: ${note}`);
  output.log(`Took ${duration}; raw figures in reports/bench.json, Lighthouse reports in reports/bench-lighthouse/`);

  const report = {
    date: date.toISOString(),
    source,
    machine,
    settings: { ...options, viewport: '1280x800', lighthouseVersion },
    loadAverage,
    sizes,
    loads: {
      firstKpiMs: spread(loads.loads.map((load) => load.firstKpiMs)),
      allAreasMs: spread(loads.loads.map((load) => load.allAreasMs)),
      firstContentfulPaintMs: spread(loads.loads.flatMap((load) => load.firstContentfulPaintMs ?? [])),
      raw: loads.loads,
      failures: loads.failures,
      pageErrors,
    },
    lighthouse: series,
    table: rows,
    durationSeconds: Math.round(performance.now() - started) / 1000,
  };
  await mkdir(path.join(root, 'reports'), { recursive: true });
  await writeFile(path.join(root, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  const unmeasured = [
    loads.loads.length === 0 ? 'page loads' : undefined,
    ...PRESETS.map((preset) =>
      options.lighthouseRuns > 0 && lighthouse[preset].length === 0 ? `Lighthouse ${preset}` : undefined,
    ),
  ].filter((item) => item !== undefined);
  if (unmeasured.length > 0) {
    output.error(`bench: could not measure ${unmeasured.join(', ')}`);
    return 1;
  }
  return 0;
}

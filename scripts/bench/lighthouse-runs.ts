import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { cpuBusyShare } from './machine-info';

export type Preset = 'mobile' | 'desktop';

export interface AuditError {
  audit: string;
  message: string;
}

export interface LighthouseRun {
  preset: Preset;
  durationMs: number;
  /** 1-minute load average when the run started: other work on the machine inflates TBT and slows the run. */
  loadAverage: number;
  /** Share of the CPUs other work kept busy in the second before the run (undefined off Linux). */
  busyBefore: number | undefined;
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Script bytes the page transferred during the run (gzip as served). */
  jsTransferBytes: number;
  lighthouseVersion: string;
  warnings: string[];
  /** Scored accessibility and best-practices audits that did not pass: why those scores are below 100. */
  failedAudits: string[];
  /** Audits Lighthouse could not run at all, e.g. when this Chromium's trace format is newer than it knows. */
  auditErrors: AuditError[];
}

export interface LighthouseOptions {
  url: string;
  preset: Preset;
  chromePath: string;
  chromeFlags: readonly string[];
  /** Where to keep the full JSON report, to look into a surprising figure later. */
  saveReportTo?: string;
  timeoutMs?: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** A healthy run takes well under a minute here; a page that blocks its main thread can keep Lighthouse waiting for good. */
const RUN_TIMEOUT_MS = 240_000;

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Lighthouse gave no result within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  // Marks a late rejection of an abandoned run as handled; the race below still reports it when it comes in time.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function score(lhr: Result, category: string): number {
  const value = lhr.categories[category]?.score;
  if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(value * 100);
}

function failedAudits(lhr: Result): string[] {
  return ['accessibility', 'best-practices'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .filter((ref) => {
        const audit = lhr.audits[ref.id];
        return audit?.score !== null && audit?.score !== undefined && audit.score < 1;
      })
      .map((ref) => `${category}/${ref.id}`),
  );
}

function scriptBytes(lhr: Result): number {
  const details = lhr.audits['network-requests']?.details as
    { items?: { resourceType?: string; transferSize?: number }[] } | undefined;
  return (details?.items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
}

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (value === undefined) {
    const reason = lhr.audits[audit]?.errorMessage ?? 'no value';
    throw new Error(`Lighthouse audit ${audit}: ${reason}`);
  }
  return value;
}

/** One Lighthouse navigation in its own Chrome, so no run inherits another's warm process, cache or worker. */
export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseRun> {
  const busyBefore = await cpuBusyShare();
  const started = performance.now();
  const loadAverage = os.loadavg()[0] ?? 0;
  const chrome = await launch({
    chromePath: options.chromePath,
    chromeFlags: [...options.chromeFlags],
    logLevel: 'silent',
  });
  try {
    const config: Config | undefined = options.preset === 'desktop' ? desktopConfig : undefined;
    const result = await withTimeout(
      lighthouse(
        options.url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          // Only the HTML report shows it, and it costs seconds per run on a 2-core machine.
          disableFullPageScreenshot: true,
        },
        config,
      ),
      options.timeoutMs ?? RUN_TIMEOUT_MS,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (options.saveReportTo) await writeFile(options.saveReportTo, JSON.stringify(lhr));
    return {
      preset: options.preset,
      durationMs: performance.now() - started,
      loadAverage,
      busyBefore,
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      fcpMs: numeric(lhr, 'first-contentful-paint'),
      lcpMs: numeric(lhr, 'largest-contentful-paint'),
      tbtMs: numeric(lhr, 'total-blocking-time'),
      cls: numeric(lhr, 'cumulative-layout-shift'),
      jsTransferBytes: scriptBytes(lhr),
      lighthouseVersion: lhr.lighthouseVersion,
      warnings: [...lhr.runWarnings],
      failedAudits: failedAudits(lhr),
      auditErrors: Object.values(lhr.audits)
        .filter((audit) => audit.scoreDisplayMode === 'error')
        .map((audit) => ({ audit: audit.id, message: audit.errorMessage ?? 'error' })),
    };
  } finally {
    chrome.kill();
  }
}

export interface SeriesOptions extends Omit<LighthouseOptions, 'preset' | 'saveReportTo'> {
  runsPerPreset: number;
  /** performance.now() by which the runs should be done; the first round (one run per preset) always happens. */
  deadline: number;
  reportDir: string;
  onRun?: (preset: Preset, run: number, result: LighthouseRun | Error) => void;
}

export interface Series {
  runs: Record<Preset, LighthouseRun[]>;
  failures: string[];
  skipped: string[];
  internalErrors: string[];
}

export const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Runs one after another (parallel runs would compete for the 2 cores they measure). */
export async function runLighthouseSeries(options: SeriesOptions): Promise<Series> {
  const series: Series = { runs: { mobile: [], desktop: [] }, failures: [], skipped: [], internalErrors: [] };
  // Lighthouse 12.2.3 can reject a promise of its own that nothing awaits (PROTOCOL_TIMEOUT while waiting for a
  // busy page to go quiet); the run itself still settles, so note it instead of letting Node end the bench.
  const onStrayRejection = (reason: unknown) => series.internalErrors.push(firstLine(reason));
  process.on('unhandledRejection', onStrayRejection);
  await rm(options.reportDir, { recursive: true, force: true });
  await mkdir(options.reportDir, { recursive: true });
  try {
    // Presets alternate, so a busy moment of the machine hits both alike; the deadline drops whole rounds, so
    // both presets keep the same number of runs.
    for (let run = 1; run <= options.runsPerPreset; run += 1) {
      const done = [...series.runs.mobile, ...series.runs.desktop];
      const roundMs =
        (done.reduce((sum, item) => sum + item.durationMs, 0) / Math.max(1, done.length)) * PRESETS.length;
      if (run > 1 && performance.now() + roundMs > options.deadline) {
        series.skipped.push(...PRESETS.map((preset) => `${preset} run ${run}`));
        continue;
      }
      for (const preset of PRESETS) {
        try {
          const result = await runLighthouse({
            ...options,
            preset,
            saveReportTo: path.join(options.reportDir, `${preset}-${run}.json`),
          });
          series.runs[preset].push(result);
          options.onRun?.(preset, run, result);
        } catch (error) {
          series.failures.push(`${preset} run ${run}: ${firstLine(error)}`);
          options.onRun?.(preset, run, error instanceof Error ? error : new Error(String(error)));
        }
      }
    }
  } finally {
    process.off('unhandledRejection', onStrayRejection);
  }
  return series;
}

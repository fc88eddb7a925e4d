import type { BundleSizes, FileGroup } from './bundle-sizes';
import type { LighthouseRun, Preset } from './lighthouse-runs';
import type { LoadTiming } from './page-timing';
import { spread, type Spread } from './stats';

interface Target {
  label: string;
  met: (value: number) => boolean;
}

interface Row {
  measure: string;
  median: string;
  range: string;
  target: string;
  status: string;
}

export interface TableInput {
  sizes: BundleSizes | undefined;
  loads: readonly LoadTiming[];
  loadCount: number;
  lighthouse: Record<Preset, readonly LighthouseRun[]>;
  lighthouseRuns: number;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const whole = (value: number) => String(Math.round(value));
const cls = (value: number) => value.toFixed(3);

const atMost = (limit: number, label: string): Target => ({ label: `≤ ${label}`, met: (value) => value <= limit });
const atLeast = (limit: number): Target => ({ label: `≥ ${limit}`, met: (value) => value >= limit });
const exactly = (expected: number): Target => ({ label: String(expected), met: (value) => value === expected });

const NOT_MEASURED = 'n/a';

function statusOf(value: number | undefined, target: Target | undefined): string {
  if (!target || value === undefined) return '';
  return target.met(value) ? 'met' : 'missed';
}

function sizeRow(
  measure: string,
  group: FileGroup | undefined,
  target?: Target,
  coding: 'gzip' | 'brotli' = 'gzip',
): Row {
  const files = group ? ` (${group.files.length} ${group.files.length === 1 ? 'file' : 'files'})` : '';
  const bytes = coding === 'gzip' ? group?.gzipBytes : group?.brotliBytes;
  return {
    measure,
    median: bytes !== undefined ? `${kib(bytes)}${files}` : NOT_MEASURED,
    range: '',
    target: target?.label ?? '',
    status: statusOf(bytes, target),
  };
}

function spreadRow(
  measure: string,
  values: Spread | undefined,
  format: (value: number) => string,
  target?: Target,
): Row {
  return {
    measure,
    median: values ? format(values.median) : NOT_MEASURED,
    range: values && values.samples.length > 1 ? `${format(values.min)} – ${format(values.max)}` : '',
    target: target?.label ?? '',
    status: statusOf(values?.median, target),
  };
}

function lighthouseRows(preset: Preset, runs: readonly LighthouseRun[], count: number): Row[] {
  const of = (pick: (run: LighthouseRun) => number) => spread(runs.map(pick));
  const name = (measure: string) => `Lighthouse ${preset} ${measure} (${runs.length}/${count} runs)`;
  const mobile = preset === 'mobile';
  return [
    spreadRow(
      name('performance'),
      of((run) => run.performance),
      whole,
      mobile ? atLeast(95) : exactly(100),
    ),
    spreadRow(
      name('accessibility'),
      of((run) => run.accessibility),
      whole,
      exactly(100),
    ),
    spreadRow(
      name('best practices'),
      of((run) => run.bestPractices),
      whole,
      exactly(100),
    ),
    spreadRow(
      name('FCP'),
      of((run) => run.fcpMs),
      seconds,
    ),
    spreadRow(
      name('LCP'),
      of((run) => run.lcpMs),
      seconds,
      mobile ? atMost(1800, '1.8 s') : undefined,
    ),
    spreadRow(
      name('TBT'),
      of((run) => run.tbtMs),
      ms,
      atMost(200, '200 ms'),
    ),
    spreadRow(
      name('CLS'),
      of((run) => run.cls),
      cls,
      atMost(0.02, '0.02'),
    ),
  ];
}

export function tableRows(input: TableInput): Row[] {
  const { sizes, loads } = input;
  const loaded = `${loads.length}/${input.loadCount} cold loads`;
  return [
    ...(sizes
      ? [
          sizeRow('Initial JavaScript (entry + static imports), gzip', sizes.initialJs, atMost(90 * 1024, '90 KiB')),
          sizeRow('Initial JavaScript, brotli (what nginx sends)', sizes.initialJs, undefined, 'brotli'),
          sizeRow('All JavaScript chunks, gzip', sizes.totalJs),
          sizeRow('CSS, gzip', sizes.css),
          sizeRow('Mock-only JavaScript (msw + dataset), gzip', sizes.mockOnly),
          sizeRow('Charts chunk (recharts), gzip', sizes.charts),
        ]
      : []),
    spreadRow(`First KPI value visible (${loaded})`, spread(loads.map((load) => load.firstKpiMs)), ms),
    spreadRow(`All six areas filled (${loaded})`, spread(loads.map((load) => load.allAreasMs)), ms),
    ...lighthouseRows('mobile', input.lighthouse.mobile, input.lighthouseRuns),
    ...lighthouseRows('desktop', input.lighthouse.desktop, input.lighthouseRuns),
  ];
}

/** A Markdown table, so the printed output can be pasted into the README unchanged. */
export function formatTable(rows: readonly Row[]): string {
  const header: Row = { measure: 'measure', median: 'median', range: 'min – max', target: 'target', status: 'status' };
  const cells = (row: Row) => [row.measure, row.median, row.range, row.target, row.status];
  const all = [header, ...rows].map(cells);
  const widths = cells(header).map((_, column) => Math.max(...all.map((line) => [...(line[column] ?? '')].length)));
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

export interface ModeSummaryInput {
  mode: string;
  unavailable: string | undefined;
  mobile: readonly LighthouseRun[];
  desktop: readonly LighthouseRun[];
}

/** One line per mode with the medians the targets are about, so the modes read side by side. */
export function formatModeSummary(modes: readonly ModeSummaryInput[]): string {
  const median = (
    runs: readonly LighthouseRun[],
    pick: (run: LighthouseRun) => number,
    format: (n: number) => string,
  ) => {
    const values = spread(runs.map(pick));
    return values ? format(values.median) : NOT_MEASURED;
  };
  const header = ['mode', 'mobile perf', 'LCP', 'TBT', 'CLS', 'a11y', 'best pr.', 'desktop perf', 'JS transferred'];
  const lines = modes.map((item) =>
    item.unavailable
      ? [item.mode, 'not available', '', '', '', '', '', '', '']
      : [
          item.mode,
          median(item.mobile, (run) => run.performance, whole),
          median(item.mobile, (run) => run.lcpMs, seconds),
          median(item.mobile, (run) => run.tbtMs, ms),
          median(item.mobile, (run) => run.cls, cls),
          median(item.mobile, (run) => run.accessibility, whole),
          median(item.mobile, (run) => run.bestPractices, whole),
          median(item.desktop, (run) => run.performance, whole),
          median(item.mobile, (run) => run.jsTransferBytes, kib),
        ],
  );
  const targets = ['target', '≥ 95', '≤ 1.8 s', '≤ 200 ms', '≤ 0.02', '100', '100', '100', ''];
  const all = [header, ...lines, targets];
  const widths = header.map((_, column) => Math.max(...all.map((line) => [...(line[column] ?? '')].length)));
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...lines.map(line), line(targets)].join('\n');
}

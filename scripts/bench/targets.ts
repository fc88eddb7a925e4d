import type { LighthouseRun, Preset } from './lighthouse';

/** Below this many runs per preset, a median is for iterating only: no target is called met or not met. */
export const MIN_RUNS_FOR_VERDICT = 5;

export type ModeRuns = { mode: string; runs: Record<Preset, LighthouseRun[]> };

export const whole = (value: number) => String(Math.round(value));
export const ms = (value: number) => `${Math.round(value)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
export const threeDecimals = (value: number) => value.toFixed(3);

type Target = [Preset, string, (run: LighthouseRun) => number, (median: number) => boolean, (median: number) => string];

/** The targets of issue 22, judged on medians: preset, label, metric, whether the median meets it, its format. */
const TARGETS: Target[] = [
  ['mobile', 'mobile performance ≥ 95', (run) => run.performance, (m) => m >= 95, whole],
  ['mobile', 'TBT ≤ 200 ms', (run) => run.tbtMs, (m) => m <= 200, ms],
  ['mobile', 'CLS ≤ 0.02', (run) => run.cls, (m) => m <= 0.02, threeDecimals],
  ['mobile', 'LCP ≤ 2.0 s', (run) => run.lcpMs, (m) => m <= 2000, seconds],
  ['mobile', 'accessibility 100', (run) => run.accessibility, (m) => m >= 100, whole],
  ['mobile', 'best practices 100', (run) => run.bestPractices, (m) => m >= 100, whole],
  ['desktop', 'desktop performance ≥ 98', (run) => run.performance, (m) => m >= 98, whole],
];

export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return undefined;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One row per target: mode, target, median, runs, and "met" / "not met" from 5 runs, else "too few runs". */
export function targetRows({ mode, runs }: ModeRuns): string[][] {
  return TARGETS.map(([preset, label, pick, holds, format]) => {
    const values = runs[preset].map(pick);
    const middle = median(values);
    const judged = values.length >= MIN_RUNS_FOR_VERDICT && middle !== undefined;
    const verdict = judged ? (holds(middle) ? 'met' : 'not met') : 'too few runs';
    return [mode, label, middle === undefined ? '–' : format(middle), String(values.length), verdict];
  });
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

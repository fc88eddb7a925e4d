import type { LighthouseRun, Preset } from './lighthouse';

/** Below this many runs per preset, a median is for iterating only: no target is called met or not met. */
export const MIN_RUNS_FOR_VERDICT = 5;

export interface ModeRuns {
  mode: string;
  runs: Record<Preset, LighthouseRun[]>;
}

interface Target {
  preset: Preset;
  label: string;
  pick: (run: LighthouseRun) => number;
  holds: (median: number) => boolean;
  format: (median: number) => string;
}

const whole = (value: number) => String(Math.round(value));

/** The targets of issue 22, judged on medians. */
export const TARGETS: readonly Target[] = [
  {
    preset: 'mobile',
    label: 'mobile performance ≥ 95',
    pick: (run) => run.performance,
    holds: (m) => m >= 95,
    format: whole,
  },
  {
    preset: 'mobile',
    label: 'TBT ≤ 200 ms',
    pick: (run) => run.tbtMs,
    holds: (m) => m <= 200,
    format: (m) => `${Math.round(m)} ms`,
  },
  {
    preset: 'mobile',
    label: 'CLS ≤ 0.02',
    pick: (run) => run.cls,
    holds: (m) => m <= 0.02,
    format: (m) => m.toFixed(3),
  },
  {
    preset: 'mobile',
    label: 'LCP ≤ 2.0 s',
    pick: (run) => run.lcpMs,
    holds: (m) => m <= 2000,
    format: (m) => `${(m / 1000).toFixed(2)} s`,
  },
  {
    preset: 'mobile',
    label: 'accessibility 100',
    pick: (run) => run.accessibility,
    holds: (m) => m >= 100,
    format: whole,
  },
  {
    preset: 'mobile',
    label: 'best practices 100',
    pick: (run) => run.bestPractices,
    holds: (m) => m >= 100,
    format: whole,
  },
  {
    preset: 'desktop',
    label: 'desktop performance ≥ 98',
    pick: (run) => run.performance,
    holds: (m) => m >= 98,
    format: whole,
  },
];

export function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return undefined;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** One row per target: mode, target, median, runs, and "met" / "not met" from 5 runs, else "too few runs". */
export function targetRows({ mode, runs }: ModeRuns): string[][] {
  return TARGETS.map((target) => {
    const values = runs[target.preset].map(target.pick);
    const middle = median(values);
    const verdict =
      values.length < MIN_RUNS_FOR_VERDICT || middle === undefined
        ? 'too few runs'
        : target.holds(middle)
          ? 'met'
          : 'not met';
    return [mode, target.label, middle === undefined ? '–' : target.format(middle), String(values.length), verdict];
  });
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

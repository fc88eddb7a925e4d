import type { ChartSpec } from './chart-spec';

/** The height a chart draws at, known before recharts loads, so its placeholder reserves the same space. */
export function chartHeight(spec: ChartSpec, compact: boolean): number {
  const perRow = (spec.kind === 'grouped-bars' ? 30 * spec.series.length + 20 : 44) + (compact ? 18 : 0);
  return Math.max(140, spec.rows.length * perRow + (spec.kind === 'grouped-bars' ? 90 : 60));
}

/** Below this width the chart puts category names above the bars. */
export const COMPACT_CHART_WIDTH = 520;

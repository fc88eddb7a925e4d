import type { ChartDefinition, ChartKind, ChartSpec } from '@/widgets/charts/model/chart-model';

interface ChartShape {
  kind: ChartKind;
  rowCount: number;
  seriesCount: number;
}

/** A time chart's height does not grow with its rows (periods run along the axis). */
const TIME_CHART_HEIGHT = { compact: 260, wide: 300 };

function heightOf({ kind, rowCount, seriesCount }: ChartShape, compact: boolean): number {
  if (kind === 'time-lines') return compact ? TIME_CHART_HEIGHT.compact : TIME_CHART_HEIGHT.wide;
  // On a phone each row also carries its name above the bars, and paired bars are thinner.
  const perRow =
    (kind === 'grouped-bars' ? (compact ? 24 : 30) * seriesCount + (compact ? 14 : 20) : 44) + (compact ? 18 : 0);
  return Math.max(140, rowCount * perRow + (kind === 'grouped-bars' ? 90 : 60));
}

/** The height a chart draws at, known before recharts loads, so its placeholder reserves the same space. */
export function chartHeight(spec: ChartSpec, compact: boolean): number {
  return heightOf({ kind: spec.kind, rowCount: spec.rows.length, seriesCount: spec.series.length }, compact);
}

/** Title, controls and source line around the plot (measured 128-168 px on a phone, 92-126 px wide, by language). */
const frameChrome = (compact: boolean) => (compact ? 140 : 100);
/** The note under a share chart with derived values. */
const NOTE_LINE = 24;

/** The same height from the definition alone, for the placeholder shown before the chart code has loaded. */
export function definitionChartHeight(definition: ChartDefinition, compact: boolean): number {
  const rowCount =
    definition.indicatorIds.length + (definition.build === 'shares' ? (definition.derivedShares?.length ?? 0) : 0);
  const kind: ChartKind =
    definition.build === 'shares' ? 'share-bars' : definition.build === 'ranks' ? 'rank-dots' : 'grouped-bars';
  const seriesCount = kind === 'grouped-bars' ? 2 : 1;
  const note = definition.build === 'shares' && definition.derivedShares?.length ? NOTE_LINE : 0;
  return heightOf({ kind, rowCount, seriesCount }, compact) + frameChrome(compact) + note;
}

/** Below this width the chart puts category names above the bars. */
export const COMPACT_CHART_WIDTH = 520;

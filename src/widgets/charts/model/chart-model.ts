import type { AreaId, Frequency, LocalizedText, Multiplier, UnitId } from '@/api/schemas';

/* The chart model's types and the derived-share rule: what chart-spec.ts and time-series-spec.ts both build on. */

/** time-lines: one row per date or period, one line per series, on a time axis. */
export type ChartKind = 'grouped-bars' | 'share-bars' | 'rank-dots' | 'time-lines';

export interface ChartSeries {
  key: string;
  label: LocalizedText;
  /** A time series' own unit and multiplier (the spec's apply otherwise): series in different units never share an axis. */
  unit?: UnitId;
  multiplier?: Multiplier;
  /** Every value of this series is computed (a derived share): its label says so, its points need no mark each. */
  derived?: boolean;
}

export interface ChartRow {
  /** The indicator id, or a derived row's own id. */
  key: string;
  label: LocalizedText;
  values: Record<string, number | undefined>;
  /** Series whose value in this row is derived rather than printed. */
  derived: string[];
  atLeast: boolean;
  /** In a time chart, the series whose value in this row is a lower bound (以上); `atLeast` is unused there. */
  atLeastSeries?: string[];
  rankScope?: 'national' | 'central-six-provinces';
}

/** Everything a chart, its table and its downloads show: one model, three views. */
export interface ChartSpec {
  id: string;
  area: AreaId;
  kind: ChartKind;
  title: LocalizedText;
  unit: UnitId;
  multiplier: Multiplier;
  series: ChartSeries[];
  rows: ChartRow[];
  note?: LocalizedText;
  /** The report's as-of date: exported images carry it, so a pasted chart still says when it is from. */
  asOf: string;
  /** A time chart's frequency, when all its series share one: periods are named by it and missing ones are gaps. */
  frequency?: Frequency;
  /** Synthetic data: the chart, its table and its exports say so. */
  illustrative?: boolean;
}

interface ChartBase {
  id: string;
  area: AreaId;
  title: LocalizedText;
  /**
   * The dashboard shows the cards of these figures right beside the chart (one value, or the same five ranks), so
   * it leaves the chart out; the big screen (one headline tile per area) and the report keep it.
   */
  repeatsCards?: true;
  /** The title when the API sends series and the chart draws lines over time (a before/after title would be wrong). */
  trendTitle?: LocalizedText;
}

/** A derived share: part ÷ whole × 100, rounded to one decimal and always labelled as derived. */
export interface DerivedShare {
  id: string;
  label: LocalizedText;
  partId: string;
  wholeId: string;
}

export type ChartDefinition =
  | (ChartBase & { build: 'before-after'; indicatorIds: string[] })
  | (ChartBase & { build: 'value-and-increase'; indicatorIds: string[] })
  | (ChartBase & { build: 'shares'; indicatorIds: string[]; derivedShares?: DerivedShare[] })
  | (ChartBase & { build: 'ranks'; indicatorIds: string[] });

export function derivedSharePercent(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}

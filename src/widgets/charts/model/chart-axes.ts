import type { Multiplier, UnitId } from '@/api/schemas';
import { englishScaleFor, formatAxisTick, formatAxisUnit, formatOrdinal } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';
import { niceTicks, rankTicks } from './nice-ticks';
import type { ChartSeries, ChartSpec } from './chart-model';
import { seriesUnit } from './chart-text';

/* The axes of each chart kind, worked out from the spec alone: the drawn chart and the exported image share them. */

export interface ValueAxis {
  ticks: number[];
  /** The values at the axis' two ends. */
  domain: [number, number];
  /** Ranks run from the worst up to 1st, so the best sits at the far end. */
  reversed: boolean;
  tickLabel: (value: number) => string;
  /** The axis' unit, or what a rank axis counts. */
  title: string;
}

/** Bars: shares on 0–100, other values on round ticks from 0, in the axis unit (万户, million). */
export function barValueAxis(spec: ChartSpec, language: Language): ValueAxis {
  const maxValue = Math.max(
    ...spec.rows.flatMap((row) => Object.values(row.values).filter((value) => value !== undefined)),
  );
  const scale = englishScaleFor(maxValue, spec.multiplier);
  const ticks = spec.kind === 'share-bars' ? [0, 25, 50, 75, 100] : niceTicks(maxValue);
  return {
    ticks,
    domain: [0, ticks.at(-1) ?? 1],
    reversed: false,
    tickLabel: (value) => formatAxisTick(value, spec.multiplier, language, scale),
    title: spec.unit === 'percent' ? '%' : formatAxisUnit(spec.unit, spec.multiplier, language, scale),
  };
}

/** Rank dots: from one past the worst rank shown up to 1st. */
export function rankValueAxis(spec: ChartSpec, language: Language): ValueAxis {
  const maxRank = Math.max(...spec.rows.map((row) => row.values.rank ?? 1)) + 1;
  return {
    ticks: rankTicks(maxRank),
    domain: [1, maxRank],
    reversed: true,
    tickLabel: (value) => formatAxisTick(value, 1, language, 1),
    title: messagesFor(language).rankAxis,
  };
}

/** One axis on each side at most: a third unit would have to share one, so its series stay in the table. */
const AXIS_IDS = ['left', 'right'] as const;

export interface AxisGroup {
  id: (typeof AXIS_IDS)[number];
  unit: UnitId;
  multiplier: Multiplier;
  series: ChartSeries[];
}

/** Series grouped by unit and multiplier: each group gets its own axis, never another's. */
export function axisGroups(spec: ChartSpec): { drawn: AxisGroup[]; tableOnly: ChartSeries[] } {
  const groups: Omit<AxisGroup, 'id'>[] = [];
  for (const series of spec.series) {
    const { unit, multiplier } = seriesUnit(spec, series);
    const group = groups.find((candidate) => candidate.unit === unit && candidate.multiplier === multiplier);
    if (group) group.series.push(series);
    else groups.push({ unit, multiplier, series: [series] });
  }
  return {
    drawn: groups.slice(0, AXIS_IDS.length).map((group, index) => ({ ...group, id: AXIS_IDS[index] ?? 'left' })),
    tableOnly: groups.slice(AXIS_IDS.length).flatMap((group) => group.series),
  };
}

/** A time chart's value axis for one group: shares on 0–100, ranks from 1st, other values on round ticks from 0. */
export function timeValueAxis(spec: ChartSpec, group: AxisGroup, language: Language): ValueAxis {
  const values = spec.rows.flatMap((row) => group.series.flatMap((series) => row.values[series.key] ?? []));
  const max = Math.max(...values, 0);
  const scale = englishScaleFor(max, group.multiplier);
  const rank = group.unit === 'rank';
  const ticks =
    group.unit === 'percent' ? [0, 25, 50, 75, 100] : rank ? rankTicks(Math.max(...values, 1)) : niceTicks(max);
  return {
    ticks,
    domain: rank ? [1, ticks.at(-1) ?? 1] : [0, ticks.at(-1) ?? 1],
    reversed: rank,
    tickLabel: (value) =>
      rank ? formatOrdinal(value, language) : formatAxisTick(value, group.multiplier, language, scale),
    title: rank
      ? messagesFor(language).rankAxis
      : group.unit === 'percent'
        ? '%'
        : formatAxisUnit(group.unit, group.multiplier, language, scale),
  };
}

/** A row's date as a time-axis position (ms, UTC). */
export const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Ticks at the first period of a year where there are enough years (else evenly spaced rows), at most `count`. */
export function timeTicks(spec: ChartSpec, count: number): number[] {
  const monthOf = (row: ChartSpec['rows'][number]) => Number(row.key.slice(5, 7));
  const yearStarts =
    spec.frequency === 'monthly'
      ? spec.rows.filter((row) => monthOf(row) === 1)
      : spec.frequency === 'quarterly'
        ? spec.rows.filter((row) => monthOf(row) <= 3)
        : [];
  const candidates = yearStarts.length >= 2 ? yearStarts : spec.rows;
  const step = Math.max(1, Math.ceil(candidates.length / count));
  return candidates.filter((_, index) => index % step === 0).map((row) => timeOf(row.key));
}

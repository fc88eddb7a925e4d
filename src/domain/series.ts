import type { Frequency, Indicator, Observation } from '@/api/schemas';
import { isRegular, type RegularFrequency } from './series-shape';

/**
 * What a time series allows us to say without guessing: its calendar periods, where it has gaps, and changes
 * between points that both exist. Nothing here interpolates.
 */

export { hasTrend, isRegular, TREND_MIN_POINTS, type RegularFrequency } from './series-shape';

/** A period as a whole number that steps by one from each period to the next (months, quarters or years). */
export function periodIndex(date: string, frequency: RegularFrequency): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (frequency === 'monthly') return year * 12 + (month - 1);
  if (frequency === 'quarterly') return year * 4 + Math.floor((month - 1) / 3);
  return year;
}

const periodsPerYear: Record<RegularFrequency, number> = { monthly: 12, quarterly: 4, annual: 1 };

/** True when two consecutive observations leave at least one period without a value between them. */
export function hasGapBetween(earlier: Observation, later: Observation, frequency: Frequency | undefined): boolean {
  if (!isRegular(frequency)) return false;
  return periodIndex(later.date, frequency) - periodIndex(earlier.date, frequency) > 1;
}

/** The series split where periods are missing, so a line is never drawn across a gap. */
export function segmentsOf(observations: Observation[], frequency: Frequency | undefined): Observation[][] {
  const segments: Observation[][] = [];
  observations.forEach((observation, index) => {
    const previous = observations[index - 1];
    const current = segments.at(-1);
    if (!previous || !current || hasGapBetween(previous, observation, frequency)) segments.push([observation]);
    else current.push(observation);
  });
  return segments;
}

export interface SeriesSummary {
  first: Observation;
  latest: Observation;
  lowest: Observation;
  highest: Observation;
  /** latest − first, in the series' own unit and multiplier. */
  change: number;
}

/** Rounds away binary noise from a difference of two printed decimals (12.3 − 4.1 = 8.200000000000001). */
export function exactDifference(later: number, earlier: number): number {
  const digits = Math.max(decimalsOf(later), decimalsOf(earlier));
  return Number((later - earlier).toFixed(digits));
}

function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

export function summarizeSeries(observations: Observation[]): SeriesSummary | undefined {
  const first = observations[0];
  const latest = observations.at(-1);
  if (!first || !latest) return undefined;
  let lowest = first;
  let highest = first;
  for (const observation of observations) {
    if (observation.value < lowest.value) lowest = observation;
    if (observation.value > highest.value) highest = observation;
  }
  return { first, latest, lowest, highest, change: exactDifference(latest.value, first.value) };
}

export type PeriodChangeKind = 'year-on-year' | 'period-on-period';

/** A change computed from two exact points of the series (同比 or 环比), always shown as computed. */
export interface PeriodChange {
  kind: PeriodChangeKind;
  frequency: RegularFrequency;
  from: Observation;
  to: Observation;
  /** Percent change, one decimal; for percentages the difference in percentage points instead. */
  value: number;
  measure: 'percent' | 'percentage-points';
}

function changeBetween(
  indicator: Indicator,
  kind: PeriodChangeKind,
  frequency: RegularFrequency,
  latest: Observation,
  stepsBack: number,
): PeriodChange | undefined {
  const target = periodIndex(latest.date, frequency) - stepsBack;
  const from = indicator.observations.find((observation) => periodIndex(observation.date, frequency) === target);
  if (!from || from.bound !== 'exact' || latest.bound !== 'exact') return undefined;
  if (indicator.unit === 'percent') {
    return {
      kind,
      frequency,
      from,
      to: latest,
      value: exactDifference(latest.value, from.value),
      measure: 'percentage-points',
    };
  }
  if (from.value === 0) return undefined;
  const percent = Math.round(((latest.value - from.value) / from.value) * 1000) / 10;
  return { kind, frequency, from, to: latest, value: percent, measure: 'percent' };
}

/**
 * 同比 (vs the same period a year earlier) and 环比 (vs the previous period), only where the series holds those
 * exact points. Ranks, counts of years and running totals get neither.
 */
export function periodChanges(indicator: Indicator): PeriodChange[] {
  const { frequency } = indicator;
  const latest = indicator.observations.at(-1);
  if (!latest || !isRegular(frequency) || indicator.unit === 'rank' || indicator.unit === 'year') return [];
  // A running total since 2021 always grows; its change on a year earlier is not a rate anyone reports.
  if (indicator.measure === 'cumulative-since-2021') return [];
  const changes = [changeBetween(indicator, 'year-on-year', frequency, latest, periodsPerYear[frequency])];
  if (frequency !== 'annual') changes.push(changeBetween(indicator, 'period-on-period', frequency, latest, 1));
  return changes.flatMap((change) => change ?? []);
}

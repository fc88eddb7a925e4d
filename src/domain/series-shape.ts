import type { Frequency, Indicator } from '@/api/schemas';

/**
 * What a card must know before drawing anything of a series. Kept apart from series.ts so the first paint carries
 * only these few lines; the rest loads with the first card that has a trend.
 */

export type RegularFrequency = Exclude<Frequency, 'irregular'>;

export function isRegular(frequency: Frequency | undefined): frequency is RegularFrequency {
  return frequency === 'monthly' || frequency === 'quarterly' || frequency === 'annual';
}

/** A card draws a trend from this many points; two points stay a before → after pair. */
export const TREND_MIN_POINTS = 3;

export function hasTrend(indicator: Indicator): boolean {
  return indicator.observations.length >= TREND_MIN_POINTS;
}

/** Whether a card needs the series code at all: a trend to draw, or periods to compare. */
export function hasSeriesDetail(indicator: Indicator): boolean {
  return hasTrend(indicator) || isRegular(indicator.frequency);
}

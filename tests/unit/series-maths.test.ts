// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Frequency, Indicator, Observation } from '../../src/api/schemas';
import {
  exactDifference,
  hasGapBetween,
  hasTrend,
  isRegular,
  periodChanges,
  periodIndex,
  segmentsOf,
  summarizeSeries,
} from '../../src/domain/series';

const point = (date: string, value: number, bound: Observation['bound'] = 'exact'): Observation => ({
  date,
  value,
  derived: false,
  bound,
});

function series(observations: Observation[], overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'test-series',
    area: 'users',
    name: { zh: '测试', en: 'Test' },
    unit: 'subscriber',
    multiplier: 10_000,
    measure: 'stock',
    frequency: 'monthly',
    observations,
    comparisons: [],
    source: { quote: '测试' },
    ...overrides,
  };
}

describe('calendar periods', () => {
  it('numbers months, quarters and years so that the next period is one more', () => {
    expect(periodIndex('2024-12-31', 'monthly')).toBe(2024 * 12 + 11);
    expect(periodIndex('2025-01-31', 'monthly')).toBe(2024 * 12 + 12);
    expect(periodIndex('2024-03-31', 'quarterly')).toBe(2024 * 4);
    expect(periodIndex('2024-04-01', 'quarterly')).toBe(2024 * 4 + 1);
    expect(periodIndex('2024-12-31', 'quarterly')).toBe(2024 * 4 + 3);
    expect(periodIndex('2024-06-30', 'annual')).toBe(2024);
  });

  it('knows the regular frequencies and how many points make a trend', () => {
    const frequencies: Frequency[] = ['monthly', 'quarterly', 'annual', 'irregular'];
    expect(frequencies.map((frequency) => isRegular(frequency))).toEqual([true, true, true, false]);
    expect(isRegular(undefined)).toBe(false);
    expect(hasTrend(series([point('2025-05-31', 1), point('2025-06-30', 2)]))).toBe(false);
    expect(hasTrend(series([point('2025-05-31', 1), point('2025-06-30', 2), point('2025-07-31', 3)]))).toBe(true);
  });
});

describe('gaps', () => {
  it('finds a missing month, quarter or year, and never a gap in an irregular series', () => {
    expect(hasGapBetween(point('2025-05-31', 1), point('2025-06-30', 2), 'monthly')).toBe(false);
    expect(hasGapBetween(point('2025-05-31', 1), point('2025-07-31', 2), 'monthly')).toBe(true);
    expect(hasGapBetween(point('2024-12-31', 1), point('2025-01-31', 2), 'monthly')).toBe(false);
    expect(hasGapBetween(point('2024-12-31', 1), point('2025-03-31', 2), 'quarterly')).toBe(false);
    expect(hasGapBetween(point('2024-09-30', 1), point('2025-03-31', 2), 'quarterly')).toBe(true);
    expect(hasGapBetween(point('2022-12-31', 1), point('2024-12-31', 2), 'annual')).toBe(true);
    expect(hasGapBetween(point('2015-01-01', 1), point('2025-01-01', 2), 'irregular')).toBe(false);
    expect(hasGapBetween(point('2015-01-01', 1), point('2025-01-01', 2), undefined)).toBe(false);
  });

  it('splits a line at each gap and keeps every point', () => {
    const jan = point('2025-01-31', 1);
    const feb = point('2025-02-28', 2);
    const apr = point('2025-04-30', 4);
    const may = point('2025-05-31', 5);
    const jul = point('2025-07-31', 7);
    expect(segmentsOf([jan, feb, apr, may, jul], 'monthly')).toEqual([[jan, feb], [apr, may], [jul]]);
    expect(segmentsOf([jan, apr, jul], 'irregular')).toEqual([[jan, apr, jul]]);
    expect(segmentsOf([], 'monthly')).toEqual([]);
  });
});

describe('summaries', () => {
  it('names the first, latest, lowest and highest points and the change between first and latest', () => {
    const first = point('2025-01-31', 30);
    const low = point('2025-02-28', 25);
    const high = point('2025-03-31', 41.5);
    const latest = point('2025-04-30', 40);
    expect(summarizeSeries([first, low, high, latest])).toEqual({
      first,
      latest,
      lowest: low,
      highest: high,
      change: 10,
    });
    expect(summarizeSeries([])).toBeUndefined();
  });

  it('keeps a tie on its earliest point, and a single point is all four', () => {
    const only = point('2025-07-31', 4261.7);
    expect(summarizeSeries([only])).toEqual({ first: only, latest: only, lowest: only, highest: only, change: 0 });
    const a = point('2025-01-31', 5);
    const b = point('2025-02-28', 5);
    expect(summarizeSeries([a, b])).toMatchObject({ lowest: a, highest: a });
  });

  it('subtracts printed decimals without binary noise', () => {
    expect(12.3 - 4.1).not.toBe(8.2); // the float hazard
    expect(exactDifference(12.3, 4.1)).toBe(8.2);
    expect(exactDifference(4261.7, 4022.8)).toBe(238.9);
    expect(exactDifference(80.5, 79.95)).toBe(0.55);
    expect(exactDifference(3, 5)).toBe(-2);
  });
});

describe('同比 and 环比', () => {
  /** 100 … 123 monthly, Aug 2023 to Jul 2025. */
  const months = Array.from({ length: 24 }, (_, index) => {
    const month = ((8 + index - 1) % 12) + 1;
    const year = 2023 + Math.floor((8 + index - 1) / 12);
    return point(`${year}-${String(month).padStart(2, '0')}-28`, 100 + index);
  });

  it('computes year-on-year and period-on-period in percent, one decimal', () => {
    // (123 − 111) ÷ 111 = 10.81 % → 10.8; (123 − 122) ÷ 122 = 0.82 % → 0.8
    expect(periodChanges(series(months)).map(({ kind, value, measure }) => ({ kind, value, measure }))).toEqual([
      { kind: 'year-on-year', value: 10.8, measure: 'percent' },
      { kind: 'period-on-period', value: 0.8, measure: 'percent' },
    ]);
  });

  it('gives a percentage its change in percentage points', () => {
    const shares = [point('2024-07-31', 70.5), point('2025-06-30', 79.9), point('2025-07-31', 80.5)];
    expect(periodChanges(series(shares, { unit: 'percent', multiplier: 1 })).map((change) => change.value)).toEqual([
      10, 0.6,
    ]);
  });

  it('computes nothing across a missing point, from a lower bound, or from zero', () => {
    const withoutJune = months.filter((observation) => !observation.date.startsWith('2025-06'));
    expect(periodChanges(series(withoutJune)).map((change) => change.kind)).toEqual(['year-on-year']);
    const atLeast = [...months.slice(0, -1), point('2025-07-28', 123, 'at-least')];
    expect(periodChanges(series(atLeast))).toEqual([]);
    const fromZero = [point('2024-07-31', 0), point('2025-06-30', 0), point('2025-07-31', 5)];
    expect(periodChanges(series(fromZero))).toEqual([]);
  });

  it('gives an annual series 同比 only, and ranks, years, running totals and irregular series nothing', () => {
    const years = [point('2023-12-31', 70), point('2024-12-31', 84)];
    expect(periodChanges(series(years, { frequency: 'annual' })).map(({ kind, value }) => ({ kind, value }))).toEqual([
      { kind: 'year-on-year', value: 20 },
    ]);
    expect(periodChanges(series(months, { unit: 'rank', multiplier: 1 }))).toEqual([]);
    expect(periodChanges(series(months, { unit: 'year', multiplier: 1 }))).toEqual([]);
    expect(periodChanges(series(months, { measure: 'cumulative-since-2021' }))).toEqual([]);
    expect(periodChanges(series(months, { frequency: 'irregular' }))).toEqual([]);
    expect(periodChanges(series(months, { frequency: undefined }))).toEqual([]);
  });

  it('falls to a negative change when the series falls', () => {
    const falling = [point('2024-07-31', 200), point('2025-06-30', 155), point('2025-07-31', 150)];
    // (150 − 200) ÷ 200 = −25 %; (150 − 155) ÷ 155 = −3.23 % → −3.2
    expect(periodChanges(series(falling)).map((change) => change.value)).toEqual([-25, -3.2]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shiftDecimal, toPlainDecimal } from '../../src/lib/decimal';
import { indicators } from '../../mocks/data';
import {
  englishScaleFor,
  formatAxisTick,
  formatAxisUnit,
  formatChangeValue,
  formatComparison,
  formatDate,
  formatFigure,
  formatPeriod,
  formatRank,
  formatSignedFigure,
} from '../../src/domain/format';

describe('formatFigure writes figures as the reader expects, never rounding', () => {
  it.each([
    [{ value: 4261.7, unit: 'subscriber', multiplier: 10_000 }, '4261.7万户', '42.617 million'],
    [{ value: 746.26, unit: 'cny', multiplier: 100_000_000 }, '746.26亿元', 'CNY 74.626 billion'],
    [{ value: 1370.9, unit: 'cny', multiplier: 100_000_000 }, '1370.9亿元', 'CNY 137.09 billion'],
    [{ value: 5.3, unit: 'cny', multiplier: 100_000_000 }, '5.3亿元', 'CNY 530 million'],
    [{ value: 32.9, unit: 'unit', multiplier: 10_000 }, '32.9万个', '329,000'],
    [{ value: 3011, unit: 'unit', multiplier: 10_000 }, '3011万个', '30.11 million'],
    [{ value: 242, unit: 'km', multiplier: 10_000 }, '242万公里', '2.42 million km'],
    [{ value: 80.5, unit: 'percent', multiplier: 1 }, '80.5%', '80.5%'],
    [{ value: 122.9, unit: 'per-100-people', multiplier: 1 }, '122.9部/百人', '122.9 per 100 people'],
    [{ value: 15.3, unit: 'km-per-km2', multiplier: 1 }, '15.3公里/平方公里', '15.3 km per km²'],
    [{ value: 1122, unit: 'site', multiplier: 1 }, '1122个', '1,122 sites'],
    [{ value: 7, unit: 'city', multiplier: 1 }, '7市', '7 cities'],
    [{ value: 9, unit: 'year', multiplier: 1 }, '9年', '9 years'],
    [{ value: 8, unit: 'rank', multiplier: 1 }, '第8', '8th'],
    [{ value: 90, unit: 'percent', multiplier: 1, bound: 'at-least' }, '90%以上', '90% or more'],
  ] as const)('%o → %s / %s', (input, zh, en) => {
    expect(formatFigure(input, 'zh')).toBe(zh);
    expect(formatFigure(input, 'en')).toBe(en);
  });

  it('keeps trailing precision exact where floating point would not', () => {
    expect(shiftDecimal('4261.7', 4)).toBe('42617000');
    expect(1370.9 * 100_000_000).not.toBe(137_090_000_000); // the float hazard the helper avoids
    expect(shiftDecimal('1370.9', 8)).toBe('137090000000');
    expect(shiftDecimal('0.07', -2)).toBe('0.0007');
    expect(shiftDecimal('-1.5', 1)).toBe('-15');
    expect(toPlainDecimal(1e21)).toBe('1000000000000000000000');
    expect(toPlainDecimal(1.5e-7)).toBe('0.00000015');
  });

  it('writes ranks with their scope and dates in the reader’s language', () => {
    expect(formatRank(8, 'national', 'zh')).toBe('全国第8');
    expect(formatRank(1, 'central-six-provinces', 'zh')).toBe('中部六省第1');
    expect(formatRank(1, 'central-six-provinces', 'en')).toBe('1st among the six central provinces');
    expect(formatRank(2, 'national', 'en')).toBe('2nd nationally');
    expect(formatDate('2025-07-31', 'zh')).toBe('2025年7月31日');
    expect(formatDate('2025-07-31', 'en')).toBe('31 July 2025');
  });
});

describe('periods in each language', () => {
  it('writes months, quarters and years as a reader expects', () => {
    expect(formatPeriod('2024-03-31', 'monthly', 'zh')).toBe('2024年3月');
    expect(formatPeriod('2024-03-31', 'monthly', 'en')).toBe('Mar 2024');
    expect(formatPeriod('2024-03-31', 'quarterly', 'zh')).toBe('2024年第1季度');
    expect(formatPeriod('2024-12-31', 'quarterly', 'en')).toBe('Q4 2024');
    expect(formatPeriod('2024-12-31', 'annual', 'zh')).toBe('2024年');
    expect(formatPeriod('2024-12-31', 'annual', 'en')).toBe('2024');
    expect(formatPeriod('2024-03-15', 'irregular', 'zh')).toBe('2024年3月15日');
    expect(formatPeriod('2024-03-15', undefined, 'en')).toBe('15 March 2024');
  });
});

describe('the gaps: axes, ordinals, singular units, declines and no change', () => {
  it('picks the English axis scale from the largest value in units', () => {
    expect(englishScaleFor(4261.7, 10_000)).toBe(1_000_000); // 42,617,000
    expect(englishScaleFor(746.26, 100_000_000)).toBe(1_000_000_000); // 74,626,000,000
    expect(englishScaleFor(32.9, 10_000)).toBe(1_000); // 329,000
    expect(englishScaleFor(9999, 1)).toBe(1);
    expect(englishScaleFor(10_000, 1)).toBe(1_000);
    expect(englishScaleFor(-5_000_000, 1)).toBe(1_000_000);
  });

  it('labels an axis with its unit', () => {
    expect(formatAxisUnit('subscriber', 10_000, 'zh', 1)).toBe('万户');
    expect(formatAxisUnit('cny', 100_000_000, 'zh', 1)).toBe('亿元');
    expect(formatAxisUnit('percent', 1, 'zh', 1)).toBe('%');
    expect(formatAxisUnit('subscriber', 10_000, 'en', 1_000_000)).toBe('million');
    expect(formatAxisUnit('cny', 100_000_000, 'en', 1_000_000_000)).toBe('CNY billion');
    expect(formatAxisUnit('km', 10_000, 'en', 1_000_000)).toBe('million km');
    expect(formatAxisUnit('unit', 10_000, 'en', 1_000)).toBe('thousand');
    expect(formatAxisUnit('site', 1, 'en', 1)).toBe('sites');
    expect(formatAxisUnit('rank', 1, 'zh', 1)).toBe('');
    expect(formatAxisUnit('rank', 1, 'en', 1)).toBe('');
  });

  it('writes an axis tick in the axis unit, exactly', () => {
    expect(formatAxisTick(4261.7, 10_000, 'zh', 1)).toBe('4261.7');
    expect(formatAxisTick(4261.7, 10_000, 'en', 1_000_000)).toBe('42.617');
    expect(formatAxisTick(12_000, 1, 'zh', 1)).toBe('12000');
    expect(formatAxisTick(12_000, 1, 'en', 1_000)).toBe('12');
    expect(formatAxisTick(3011, 10_000, 'en', 1_000)).toBe('30,110');
    expect(formatAxisTick(1370.9, 100_000_000, 'en', 1_000_000_000)).toBe('137.09');
    expect(formatAxisTick(0, 10_000, 'en', 1_000_000)).toBe('0');
  });

  it('writes English ordinals, the teens included', () => {
    expect(
      [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113].map((n) => formatRank(n, 'national', 'en')),
    ).toEqual([
      '1st nationally',
      '2nd nationally',
      '3rd nationally',
      '4th nationally',
      '11th nationally',
      '12th nationally',
      '13th nationally',
      '21st nationally',
      '22nd nationally',
      '23rd nationally',
      '101st nationally',
      '111th nationally',
      '112th nationally',
      '113th nationally',
    ]);
    expect(formatRank(11, 'national', 'zh')).toBe('全国第11');
  });

  it('uses the singular for exactly one, in English', () => {
    expect(formatFigure({ value: 1, unit: 'city', multiplier: 1 }, 'en')).toBe('1 city');
    expect(formatFigure({ value: 1, unit: 'site', multiplier: 1 }, 'en')).toBe('1 site');
    expect(formatFigure({ value: 1, unit: 'year', multiplier: 1 }, 'en')).toBe('1 year');
    expect(formatFigure({ value: 1.5, unit: 'year', multiplier: 1 }, 'en')).toBe('1.5 years');
    expect(formatFigure({ value: 0, unit: 'city', multiplier: 1 }, 'en')).toBe('0 cities');
    expect(formatSignedFigure({ value: -1, unit: 'year', multiplier: 1 }, 'en')).toBe('−1 year');
    expect(formatFigure({ value: 1, unit: 'city', multiplier: 1 }, 'zh')).toBe('1市');
  });

  it('says 年均下降 for a falling annual rate and states a 0 % change as no change', () => {
    const since = '2020-12-31';
    const [volume] = indicators;
    if (!volume) throw new Error('no indicator');
    const annual = (percent: number) => ({ kind: 'annual-growth-rate' as const, percent, since });
    const growth = (percent: number) => ({ kind: 'growth-rate' as const, percent, since });
    expect(formatComparison(annual(-3.5), volume, 'zh')).toBe('年均下降3.5%');
    expect(formatComparison(annual(20), volume, 'zh')).toBe('年均增长20%');
    expect(formatComparison(annual(-3.5), volume, 'en')).toBe('−3.5% a year on average');
    expect(formatComparison(annual(0), volume, 'zh')).toBe('年均增长0%');
    expect(formatComparison(growth(0), volume, 'zh')).toBe('增长率0%');
    expect(formatComparison(growth(0), volume, 'en')).toBe('0% change');
    expect(formatComparison(growth(43.6), volume, 'en')).toBe('+43.6% growth');
    expect(formatComparison(growth(-5.5), volume, 'zh')).toBe('下降5.5%');
    expect(formatChangeValue(0, 'percent', 'zh')).toBe('0%');
    expect(formatChangeValue(0, 'percentage-points', 'en')).toBe('0 pp');
    expect(formatChangeValue(0.6, 'percentage-points', 'zh')).toBe('+0.6个百分点');
  });
});

import { describe, expect, it } from 'vitest';
import { shiftDecimal, toPlainDecimal } from '../../src/lib/decimal';
import { formatDate, formatFigure, formatRank } from '../../src/lib/format';

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

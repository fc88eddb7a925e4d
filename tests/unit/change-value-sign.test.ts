import { describe, expect, it } from 'vitest';
import { formatChangeValue } from '../../src/domain/format';

// A fall is written with the minus sign U+2212, as everywhere else on the page, never an ASCII hyphen.
describe('formatChangeValue signs a computed 同比/环比 change', () => {
  it.each([
    [-2.5, 'percent', 'zh', '−2.5%'],
    [-2.5, 'percent', 'en', '−2.5%'],
    [-1.2, 'percentage-points', 'zh', '−1.2个百分点'],
    [-1.2, 'percentage-points', 'en', '−1.2 pp'],
    [5.9, 'percent', 'zh', '+5.9%'],
    [1.2, 'percentage-points', 'en', '+1.2 pp'],
    [0, 'percent', 'en', '0%'],
  ] as const)('%d %s (%s) → %s', (value, measure, language, expected) => {
    const text = formatChangeValue(value, measure, language);
    expect(text).toBe(expected);
    expect(text).not.toContain('-');
  });

  it('the expected strings start with U+2212, not a hyphen (the literals above are what they look like)', () => {
    expect('−2.5%'.codePointAt(0)).toBe(0x2212);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { figureWidthEm, fitsHalfRow } from '../../src/widgets/indicators/figure-width';

describe('whether a figure fits half a phone row', () => {
  it('counts a CJK character as a full em and digits as about 0.6', () => {
    expect(figureWidthEm('万户')).toBe(2);
    expect(figureWidthEm('4261.7万户')).toBeCloseTo(5 * 0.6 + 0.3 + 2, 6);
  });

  it('keeps the short Chinese figures two to a row and lets the long English ones take the row', () => {
    for (const figure of [
      '746.26亿元',
      '4261.7万户',
      '122.9部/百人',
      '全国第8',
      '中部六省第1',
      '90%以上',
      '96%',
      '9年',
    ])
      expect(fitsHalfRow(figure), figure).toBe(true);
    for (const figure of ['CNY 74.626 billion', '42.617 million', '8th nationally', '90% or more'])
      expect(fitsHalfRow(figure), figure).toBe(false);
  });
});

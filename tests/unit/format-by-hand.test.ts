import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatOrdinal, formatPeriod } from '../../src/domain/format';

// Dates are written without Intl (no locale data on the first paint): every month's exact text, by hand.
describe('dates written by hand', () => {
  it('writes the article’s date as officials read it', () => {
    expect(formatDate('2025-07-31', 'zh')).toBe('2025年7月31日');
    expect(formatDate('2025-07-31', 'en')).toBe('31 July 2025');
    expect(formatDate('2020-12-31', 'zh')).toBe('2020年12月31日');
    expect(formatDate('2020-12-31', 'en')).toBe('31 December 2020');
    expect(formatDate('2024-01-05', 'zh')).toBe('2024年1月5日');
    expect(formatDate('2024-01-05', 'en')).toBe('5 January 2024');
  });

  it('names every month as en-GB does', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    expect(months.map((month) => formatPeriod(`2024-${month}-01`, 'monthly', 'en'))).toEqual([
      'Jan 2024',
      'Feb 2024',
      'Mar 2024',
      'Apr 2024',
      'May 2024',
      'Jun 2024',
      'Jul 2024',
      'Aug 2024',
      'Sept 2024',
      'Oct 2024',
      'Nov 2024',
      'Dec 2024',
    ]);
    expect(months.map((month) => formatDate(`2023-${month}-15`, 'en'))).toEqual([
      '15 January 2023',
      '15 February 2023',
      '15 March 2023',
      '15 April 2023',
      '15 May 2023',
      '15 June 2023',
      '15 July 2023',
      '15 August 2023',
      '15 September 2023',
      '15 October 2023',
      '15 November 2023',
      '15 December 2023',
    ]);
  });

  it('writes months, quarters and years of a series', () => {
    expect(formatPeriod('2023-09-30', 'monthly', 'zh')).toBe('2023年9月');
    expect(formatPeriod('2023-09-30', 'quarterly', 'zh')).toBe('2023年第3季度');
    expect(formatPeriod('2023-10-01', 'quarterly', 'en')).toBe('Q4 2023');
    expect(formatPeriod('2015-08-31', 'annual', 'en')).toBe('2015');
    expect(formatPeriod('2024-02-29', 'irregular', 'en')).toBe('29 February 2024');
  });
});

// Figures are written without Intl.NumberFormat or Intl.PluralRules for the same reason.
describe('numbers written by hand', () => {
  it('groups English thousands and leaves Chinese figures as printed', () => {
    expect(formatDecimal('4261.7', 'zh')).toBe('4261.7');
    expect(formatDecimal('137090000000', 'zh')).toBe('137090000000');
    expect(formatDecimal('1797.5', 'en')).toBe('1,797.5');
    expect(formatDecimal('115000', 'en')).toBe('115,000');
    expect(formatDecimal('999', 'en')).toBe('999');
    expect(formatDecimal('1000', 'en')).toBe('1,000');
    expect(formatDecimal('-1234567.0625', 'en')).toBe('-1,234,567.0625');
    expect(formatDecimal('0.0007', 'en')).toBe('0.0007');
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 8, 11, 12, 13, 21, 22, 23, 101, 111, 112].map((n) => formatOrdinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '8th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
    expect(formatOrdinal(8, 'zh')).toBe('第8');
  });
});

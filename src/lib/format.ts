import type { Comparison, Frequency, Indicator, Multiplier, Observation, RankScope, UnitId } from '@/api/schemas';
import { shiftDecimal, toPlainDecimal } from './decimal';
import { localeOf, type Language } from './i18n/language';

/**
 * The one home of how figures are written. Chinese keeps the article's 万/亿 and units (4261.7万户);
 * English converts exactly to million/billion (42.617 million). Decimals are never rounded away.
 */

const zhMagnitude: Record<Multiplier, string> = { 1: '', 10000: '万', 100000000: '亿' };
const magnitudeExponent: Record<Multiplier, number> = { 1: 0, 10000: 4, 100000000: 8 };

const zhUnit: Record<UnitId, string> = {
  cny: '元',
  subscriber: '户',
  unit: '个',
  percent: '%',
  'per-100-people': '部/百人',
  'per-10k-people': '个/万人',
  km: '公里',
  'km-per-km2': '公里/平方公里',
  rank: '',
  city: '市',
  site: '个',
  year: '年',
};

const enUnit: Record<UnitId, { one: string; other: string }> = {
  cny: { one: '', other: '' },
  subscriber: { one: '', other: '' },
  unit: { one: '', other: '' },
  percent: { one: '%', other: '%' },
  'per-100-people': { one: ' per 100 people', other: ' per 100 people' },
  'per-10k-people': { one: ' per 10,000 people', other: ' per 10,000 people' },
  km: { one: ' km', other: ' km' },
  'km-per-km2': { one: ' km per km²', other: ' km per km²' },
  rank: { one: '', other: '' },
  city: { one: ' city', other: ' cities' },
  site: { one: ' site', other: ' sites' },
  year: { one: ' year', other: ' years' },
};

/**
 * More digits than any statistic prints (the article's longest figure has six): a value beyond this, like 5e-324 or
 * 1.7976931348623157e308, could only be shown rounded or as a wall of digits, so it is flagged instead of guessed.
 */
const MAX_SHOWN_DIGITS = 24;
const unshowable: Record<Language, string> = { zh: '该数值无法如实显示', en: 'Value cannot be shown exactly' };

/** Whether a value can be written out exactly in a readable number of digits. */
export function isShowable(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const [whole = '', fraction = ''] = toPlainDecimal(Math.abs(value)).split('.');
  return (whole === '0' ? 0 : whole.length) + fraction.length <= MAX_SHOWN_DIGITS;
}

// Building an Intl formatter costs far more than using one, and every card formats several figures and dates.
const wholeFormatters = new Map<Language, Intl.NumberFormat>();

/** Writes an exact decimal string in the reader's locale, keeping every printed decimal. */
export function formatDecimal(decimal: string, language: Language): string {
  // Intl groups the whole part exactly (a numeric string is an exact decimal); the fraction is appended as printed,
  // because Node 20's Intl refuses more than 20 fraction digits. Both locales write the point as ".".
  const [whole = '0', fraction] = decimal.split('.');
  let formatter = wholeFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 0, useGrouping: language === 'en' });
    wholeFormatters.set(language, formatter);
  }
  const wholeText = formatter.format(whole as Intl.StringNumericLiteral);
  return fraction ? `${wholeText}.${fraction}` : wholeText;
}

const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ordinalSuffix: Record<Intl.LDMLPluralRule, string> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
  other: 'th',
  zero: 'th',
  many: 'th',
};

export function formatOrdinal(position: number, language: Language): string {
  if (!isShowable(position)) return unshowable[language];
  const digits = toPlainDecimal(position);
  return language === 'zh' ? `第${digits}` : `${digits}${ordinalSuffix[ordinalRules.select(position)]}`;
}

/** English magnitude: 42617000 → "42.617 million"; below a million, grouped digits. */
function formatEnglishMagnitude(decimal: string): string {
  const whole = decimal.replace(/^-/, '').split('.')[0] ?? '0';
  if (whole.length > 9) return `${formatDecimal(shiftDecimal(decimal, -9), 'en')} billion`;
  if (whole.length > 6) return `${formatDecimal(shiftDecimal(decimal, -6), 'en')} million`;
  return formatDecimal(decimal, 'en');
}

export interface FigureInput {
  value: number;
  unit: UnitId;
  multiplier: Multiplier;
  bound?: Observation['bound'];
}

/** A value with its unit, as a reader of `language` expects it. */
export function formatFigure({ value, unit, multiplier, bound = 'exact' }: FigureInput, language: Language): string {
  if (!isShowable(value)) return unshowable[language];
  const printed = toPlainDecimal(value);
  if (unit === 'rank') return formatOrdinal(value, language);
  if (language === 'zh') {
    const text = `${formatDecimal(printed, 'zh')}${zhMagnitude[multiplier]}${zhUnit[unit]}`;
    return bound === 'at-least' ? `${text}以上` : text;
  }
  const absolute = shiftDecimal(printed, magnitudeExponent[multiplier]);
  const number = multiplier === 1 ? formatDecimal(absolute, 'en') : formatEnglishMagnitude(absolute);
  const noun = enUnit[unit][Math.abs(value) === 1 ? 'one' : 'other'];
  const text = unit === 'cny' ? `CNY ${number}` : `${number}${noun}`;
  return bound === 'at-least' ? `${text} or more` : text;
}

/** A minus sign, not a hyphen: −5.5 reads as a decline, and a screen reader says "minus". */
const MINUS = '\u2212';

export function formatSignedFigure(input: FigureInput, language: Language): string {
  if (!isShowable(input.value)) return unshowable[language];
  if (input.value < 0) return `${MINUS}${formatFigure({ ...input, value: -input.value }, language)}`;
  const text = formatFigure(input, language);
  return input.value > 0 ? `+${text}` : text;
}

/** Whether a comparison reports a rise, a fall or no change, for its badge's colour. */
export function comparisonDirection(comparison: Comparison): 'up' | 'down' | 'none' {
  const change =
    comparison.kind === 'net-increase' ? comparison.value : comparison.kind === 'rank' ? 0 : comparison.percent;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'none';
}

const zhRankScope: Record<RankScope, string> = { national: '全国', 'central-six-provinces': '中部六省' };
const enRankScope: Record<RankScope, string> = {
  national: 'nationally',
  'central-six-provinces': 'among the six central provinces',
};

export function formatRank(position: number, scope: RankScope, language: Language): string {
  return language === 'zh'
    ? `${zhRankScope[scope]}${formatOrdinal(position, 'zh')}`
    : `${formatOrdinal(position, 'en')} ${enRankScope[scope]}`;
}

export function formatPercent(percent: number, language: Language): string {
  if (!isShowable(percent)) return unshowable[language];
  if (percent < 0) return `${MINUS}${formatPercent(-percent, language)}`;
  return `${formatDecimal(toPlainDecimal(percent), language)}%`;
}

/** A comparison as the article states it: a net increase, a growth rate, or a rank. */
export function formatComparison(comparison: Comparison, indicator: Indicator, language: Language): string {
  switch (comparison.kind) {
    case 'net-increase':
      return formatSignedFigure(
        { value: comparison.value, unit: indicator.unit, multiplier: indicator.multiplier },
        language,
      );
    case 'growth-rate': {
      if (language === 'en') {
        const text = formatPercent(comparison.percent, 'en');
        return comparison.percent > 0 ? `+${text} growth` : comparison.percent < 0 ? text : `${text} change`;
      }
      return comparison.percent < 0
        ? `下降${formatPercent(-comparison.percent, 'zh')}`
        : `增长率${formatPercent(comparison.percent, 'zh')}`;
    }
    case 'annual-growth-rate':
      return language === 'zh'
        ? comparison.percent < 0
          ? `年均下降${formatPercent(-comparison.percent, 'zh')}`
          : `年均增长${formatPercent(comparison.percent, 'zh')}`
        : `${formatPercent(comparison.percent, 'en')} a year on average`;
    case 'rank':
      return formatRank(comparison.position, comparison.scope, language);
  }
}

const dateFormatters = new Map<Language, Intl.DateTimeFormat>();

export function formatDate(isoDate: string, language: Language): string {
  let formatter = dateFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf[language], {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dateFormatters.set(language, formatter);
  }
  return formatter.format(utcDate(isoDate));
}

function utcDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

const periodFormatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and field set: building an Intl.DateTimeFormat costs far more than using one. */
function periodFormatter(language: Language, fields: 'month' | 'year'): Intl.DateTimeFormat {
  const key = `${language}:${fields}`;
  let formatter = periodFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf[language], {
      year: 'numeric',
      ...(fields === 'month' ? { month: language === 'zh' ? 'long' : 'short' } : {}),
      timeZone: 'UTC',
    });
    periodFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The period an observation stands for, as the reader says it: 2024年3月 / Mar 2024 for a monthly series,
 * 2024年第1季度 / Q1 2024 for a quarterly one, 2024年 / 2024 for an annual one, and the full date otherwise.
 */
export function formatPeriod(isoDate: string, frequency: Frequency | undefined, language: Language): string {
  const date = utcDate(isoDate);
  switch (frequency) {
    case 'monthly':
      return periodFormatter(language, 'month').format(date);
    case 'quarterly': {
      const year = periodFormatter(language, 'year').format(date);
      const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
      // Intl has no quarter field; the year part is still the locale's (2024年 / 2024).
      return language === 'zh' ? `${year}第${quarter}季度` : `Q${quarter} ${year}`;
    }
    case 'annual':
      return periodFormatter(language, 'year').format(date);
    default:
      return formatDate(isoDate, language);
  }
}

/** A computed change: +5.9% (percent) or +1.2个百分点 / +1.2 pp (a percentage's difference). */
export function formatChangeValue(value: number, measure: 'percent' | 'percentage-points', language: Language): string {
  const sign = value > 0 ? '+' : value < 0 ? MINUS : '';
  const number = formatDecimal(toPlainDecimal(Math.abs(value)), language);
  if (measure === 'percent') return `${sign}${number}%`;
  return language === 'zh' ? `${sign}${number}个百分点` : `${sign}${number} pp`;
}

/** The value of an observation with its indicator's unit. */
export function formatObservation(observation: Observation, indicator: Indicator, language: Language): string {
  return formatFigure(
    { value: observation.value, unit: indicator.unit, multiplier: indicator.multiplier, bound: observation.bound },
    language,
  );
}

/** How an English chart axis scales its values: the largest power of a thousand that keeps ticks readable. */
export type EnglishScale = 1 | 1_000 | 1_000_000 | 1_000_000_000;
const englishScaleWord: Record<EnglishScale, string> = {
  1: '',
  1000: 'thousand',
  1000000: 'million',
  1000000000: 'billion',
};

export function englishScaleFor(maxValue: number, multiplier: Multiplier): EnglishScale {
  const absolute = Math.abs(maxValue) * multiplier;
  if (absolute >= 1e9) return 1_000_000_000;
  if (absolute >= 1e6) return 1_000_000;
  if (absolute >= 1e4) return 1_000;
  return 1;
}

/** The unit an axis is labelled with: 万户, 亿元 in Chinese; "million", "CNY billion" in English. */
export function formatAxisUnit(unit: UnitId, multiplier: Multiplier, language: Language, scale: EnglishScale): string {
  if (unit === 'rank') return '';
  if (language === 'zh') return `${zhMagnitude[multiplier]}${zhUnit[unit]}`;
  const word = englishScaleWord[scale];
  const noun = enUnit[unit].other.trim();
  return [unit === 'cny' ? 'CNY' : '', word, noun].filter(Boolean).join(' ');
}

/** A tick on a value axis, in the axis unit (so 4261.7万 reads 4261.7 in Chinese and 42.617 in English, million). */
export function formatAxisTick(value: number, multiplier: Multiplier, language: Language, scale: EnglishScale): string {
  const decimal = toPlainDecimal(value);
  if (language === 'zh') return formatDecimal(decimal, 'zh');
  const scaled = shiftDecimal(shiftDecimal(decimal, magnitudeExponent[multiplier]), -Math.log10(scale));
  return formatDecimal(scaled, 'en');
}

const enPlainUnit: Record<UnitId, string> = {
  cny: 'CNY',
  subscriber: 'subscribers',
  unit: 'units',
  percent: '%',
  'per-100-people': 'per 100 people',
  'per-10k-people': 'per 10,000 people',
  km: 'km',
  'km-per-km2': 'km per km²',
  rank: 'rank',
  city: 'cities',
  site: 'sites',
  year: 'years',
};

/**
 * Units and values for spreadsheets: Chinese keeps the printed 万/亿 (4261.7, 万户);
 * English gets the exact whole quantity (42617000, subscribers).
 */
export function exportUnit(unit: UnitId, multiplier: Multiplier, language: Language): string {
  if (language === 'zh') return unit === 'rank' ? '名次' : `${zhMagnitude[multiplier]}${zhUnit[unit]}`;
  return enPlainUnit[unit];
}

export function exportValue(value: number, multiplier: Multiplier, language: Language): string {
  const decimal = toPlainDecimal(value);
  return language === 'zh' ? decimal : shiftDecimal(decimal, magnitudeExponent[multiplier]);
}

/** A clock time for "fetched at", in the reader's locale and time zone. */
export function formatTime(timestamp: number, language: Language): string {
  return new Intl.DateTimeFormat(localeOf[language], { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
    new Date(timestamp),
  );
}

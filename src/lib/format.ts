import type { Comparison, Frequency, Indicator, Multiplier, Observation, RankScope, UnitId } from '@/api/schemas';
import { shiftDecimal, toPlainDecimal } from './decimal';
import type { EnglishScale } from './english-scale';
import { localeOf, type Language } from './i18n/language';
import { messagesFor, type Messages } from './i18n/messages';

export type { EnglishScale };

/**
 * The one home of how figures are written. Chinese keeps the article's 万/亿 and units (4261.7万户);
 * English converts exactly to million/billion (42.617 million). Decimals are never rounded away. The words come
 * from the message catalogues (`format`); the arithmetic stays here.
 */

const magnitudeExponent: Record<Multiplier, number> = { 1: 0, 10000: 4, 100000000: 8 };

/**
 * More digits than any statistic prints (the article's longest figure has six): a value beyond this, like 5e-324 or
 * 1.7976931348623157e308, could only be shown rounded or as a wall of digits, so it is flagged instead of guessed.
 */
const MAX_SHOWN_DIGITS = 24;
const unshowable = (language: Language) => messagesFor(language).format.unshowable;

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
export function formatOrdinal(position: number, language: Language): string {
  if (!isShowable(position)) return unshowable(language);
  const digits = toPlainDecimal(position);
  return messagesFor(language).format.ordinal(digits, ordinalRules.select(position));
}

/** English magnitude: 42617000 → "42.617 million"; below a million, grouped digits. */
function formatEnglishMagnitude(decimal: string): string {
  const whole = decimal.replace(/^-/, '').split('.')[0] ?? '0';
  const { scaled } = messagesFor('en').format;
  if (whole.length > 9) return scaled(formatDecimal(shiftDecimal(decimal, -9), 'en'), 1_000_000_000);
  if (whole.length > 6) return scaled(formatDecimal(shiftDecimal(decimal, -6), 'en'), 1_000_000);
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
  if (!isShowable(value)) return unshowable(language);
  const printed = toPlainDecimal(value);
  if (unit === 'rank') return formatOrdinal(value, language);
  const words = messagesFor(language).format;
  let number = formatDecimal(printed, language);
  if (language === 'en') {
    const absolute = shiftDecimal(printed, magnitudeExponent[multiplier]);
    number = multiplier === 1 ? formatDecimal(absolute, 'en') : formatEnglishMagnitude(absolute);
  }
  const text = words.figure(number, unit, multiplier, Math.abs(value));
  return bound === 'at-least' ? words.atLeast(text) : text;
}

/** A minus sign, not a hyphen: −5.5 reads as a decline, and a screen reader says "minus". */
const MINUS = '\u2212';

export function formatSignedFigure(input: FigureInput, language: Language): string {
  if (!isShowable(input.value)) return unshowable(language);
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

export function formatRank(position: number, scope: RankScope, language: Language): string {
  return messagesFor(language).format.rank(formatOrdinal(position, language), scope);
}

export function formatPercent(percent: number, language: Language): string {
  if (!isShowable(percent)) return unshowable(language);
  if (percent < 0) return `${MINUS}${formatPercent(-percent, language)}`;
  return `${formatDecimal(toPlainDecimal(percent), language)}%`;
}

type GrowthWords = Messages['format']['growthRate'];

/** A growth rate in the catalogue's words for a rise, a fall (given the size of the fall) or no change. */
function formatGrowth(percent: number, words: GrowthWords, language: Language): string {
  const size = formatPercent(Math.abs(percent), language);
  return percent > 0 ? words.rise(size) : percent < 0 ? words.fall(size) : words.none(size);
}

/** A comparison as the article states it: a net increase, a growth rate, or a rank. */
export function formatComparison(comparison: Comparison, indicator: Indicator, language: Language): string {
  switch (comparison.kind) {
    case 'net-increase':
      return formatSignedFigure(
        { value: comparison.value, unit: indicator.unit, multiplier: indicator.multiplier },
        language,
      );
    case 'growth-rate':
      return formatGrowth(comparison.percent, messagesFor(language).format.growthRate, language);
    case 'annual-growth-rate':
      return formatGrowth(comparison.percent, messagesFor(language).format.annualGrowthRate, language);
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
      return messagesFor(language).series.quarter(quarter, year);
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
  return messagesFor(language).format.percentagePoints(`${sign}${number}`);
}

/** The value of an observation with its indicator's unit. */
export function formatObservation(observation: Observation, indicator: Indicator, language: Language): string {
  return formatFigure(
    { value: observation.value, unit: indicator.unit, multiplier: indicator.multiplier, bound: observation.bound },
    language,
  );
}

export function englishScaleFor(maxValue: number, multiplier: Multiplier): EnglishScale {
  const absolute = Math.abs(maxValue) * multiplier;
  if (absolute >= 1e9) return 1_000_000_000;
  if (absolute >= 1e6) return 1_000_000;
  if (absolute >= 1e4) return 1_000;
  return 1;
}

/** The unit an axis is labelled with: 万户, 亿元 in Chinese; "million", "CNY billion" in English. */
export function formatAxisUnit(unit: UnitId, multiplier: Multiplier, language: Language, scale: EnglishScale): string {
  return messagesFor(language).format.axisUnit(unit, multiplier, scale);
}

/** A tick on a value axis, in the axis unit (so 4261.7万 reads 4261.7 in Chinese and 42.617 in English, million). */
export function formatAxisTick(value: number, multiplier: Multiplier, language: Language, scale: EnglishScale): string {
  const decimal = toPlainDecimal(value);
  if (language === 'zh') return formatDecimal(decimal, 'zh');
  const scaled = shiftDecimal(shiftDecimal(decimal, magnitudeExponent[multiplier]), -Math.log10(scale));
  return formatDecimal(scaled, 'en');
}

/**
 * Units and values for spreadsheets: Chinese keeps the printed 万/亿 (4261.7, 万户);
 * English gets the exact whole quantity (42617000, subscribers).
 */
export function exportUnit(unit: UnitId, multiplier: Multiplier, language: Language): string {
  return messagesFor(language).format.exportUnit(unit, multiplier);
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

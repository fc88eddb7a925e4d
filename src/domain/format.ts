import type { Comparison, Frequency, Indicator, Multiplier, Observation, RankScope, UnitId } from '@/api/schemas';
import { shiftDecimal, toPlainDecimal } from '@/lib/decimal';
import type { EnglishScale } from '@/lib/english-scale';
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

/** 1234567 → 1,234,567 (digits only). */
const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Writes an exact decimal string in the reader's locale, keeping every printed decimal: Chinese ungrouped
 * (4261.7), English grouped by thousands (1,797.5), the point "." in both. By hand, not with Intl.NumberFormat:
 * the first Intl formatter built on a page loads the locale's data, a long task of the first paint on a phone.
 */
export function formatDecimal(decimal: string, language: Language): string {
  if (language === 'zh') return decimal;
  const [whole = '0', fraction] = decimal.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const wholeText = `${sign}${groupThousands(whole.slice(sign.length))}`;
  return fraction ? `${wholeText}.${fraction}` : wholeText;
}

/** The en-GB ordinal category of a whole number (1st one, 2nd two, 3rd few, 11th-13th other), worked out by hand. */
function ordinalCategory(position: number): Intl.LDMLPluralRule {
  const lastTwo = Math.abs(position) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'other';
  const categories: Partial<Record<number, Intl.LDMLPluralRule>> = { 1: 'one', 2: 'two', 3: 'few' };
  return categories[lastTwo % 10] ?? 'other';
}

export function formatOrdinal(position: number, language: Language): string {
  if (!isShowable(position)) return unshowable(language);
  const digits = toPlainDecimal(position);
  return messagesFor(language).format.ordinal(digits, ordinalCategory(position));
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

/**
 * What follows a comparison's figure in every view: 较“十三五”末 for a net increase, and (推算值) when it was
 * recomputed rather than printed. Empty for a growth rate or a rank, whose words say what they compare.
 */
export function comparisonContext(comparison: Comparison, language: Language): string {
  if (comparison.kind !== 'net-increase') return '';
  const t = messagesFor(language);
  return ` ${t.since}${comparison.derived ? t.derivedMark : ''}`;
}

/** A comparison as every view shows it, card, key figures, report, screen, deck and workbook: figure and context. */
export const comparisonLabel = (comparison: Comparison, indicator: Indicator, language: Language): string =>
  formatComparison(comparison, indicator, language) + comparisonContext(comparison, language);

// Dates are written by hand (the catalogue's patterns), not with Intl.DateTimeFormat: the first one built loads the
// locale's calendar data, the longest task of the first paint on a phone, and these fixed patterns need none.
interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** 2025-07-31 → 2025, 7, 31, normalised as a UTC date (so 2025-02-30 reads as 2 March, as Intl had it). */
function calendarDate(isoDate: string): CalendarDate {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 2025年7月31日 / 31 July 2025 */
export function formatDate(isoDate: string, language: Language): string {
  const { year, month, day } = calendarDate(isoDate);
  return messagesFor(language).format.day(year, month, day);
}

/**
 * The period an observation stands for, as the reader says it: 2024年3月 / Mar 2024 for a monthly series,
 * 2024年第1季度 / Q1 2024 for a quarterly one, 2024年 / 2024 for an annual one, and the full date otherwise.
 */
export function formatPeriod(isoDate: string, frequency: Frequency | undefined, language: Language): string {
  const { year, month } = calendarDate(isoDate);
  switch (frequency) {
    case 'monthly':
      return messagesFor(language).format.month(year, month);
    case 'quarterly': {
      const quarter = Math.floor((month - 1) / 3) + 1;
      return messagesFor(language).series.quarter(quarter, messagesFor(language).format.year(year));
    }
    case 'annual':
      return messagesFor(language).format.year(year);
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

const timeFormats = new Map<Language, Intl.DateTimeFormat>();

/**
 * A clock time for "fetched at" and the wall screen's clock, in the reader's locale and time zone. One formatter per
 * language, built on first use: building one loads its locale data, too much to do once a second on a wall.
 */
export function formatTime(timestamp: number, language: Language): string {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf[language], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    timeFormats.set(language, format);
  }
  return format.format(new Date(timestamp));
}

/**
 * 14:05: when the figures on screen were fetched (更新于 14:05), in the reader's time zone, 24-hour in both languages.
 * Written by hand: the header shows it on the first paint, where building an Intl formatter costs its locale data.
 */
export function formatHourMinute(timestamp: number, _language: Language): string {
  const time = new Date(timestamp);
  const twoDigits = (part: number) => String(part).padStart(2, '0');
  return `${twoDigits(time.getHours())}:${twoDigits(time.getMinutes())}`;
}

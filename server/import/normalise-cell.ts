import type { Reason } from '@/api/admin-schemas';
import type { Observation } from '@/api/schemas';
import { shiftDecimal, toPlainDecimal } from '@/lib/decimal';
import { en } from '@/domain/i18n/messages-en';
import { zh } from '@/domain/i18n/messages-zh';
import type { RawValue } from './raw-sheet';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: Reason };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (zhText: string, enText: string): Read<never> => ({ ok: false, reason: { zh: zhText, en: enText } });

/** Full-width digits, points and commas (１２．１, １，２３４) as their ASCII selves; a typographic minus as "-". */
const halfWidth = (text: string) => text.normalize('NFKC').replace(/[\u2212\u2012\u2013\uFE63]/g, '-');

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * A value as the printed unit counts it: a number cell, or text such as "12.1", "1,234.5" or "１２．１". Letters,
 * 万/亿 and other words are refused: the unit column says what the number counts. Whether the number is plausible
 * (not negative, a percentage within 0–100) is the contract's to say, later.
 */
export function readNumber(value: RawValue): Read<number> {
  if (value.kind === 'number') {
    // 0.805 formatted as 80.5% is the 80.5 the person typed; shifted as a decimal so it stays 80.5, not 80.50000001.
    return ok(value.percent ? Number(shiftDecimal(toPlainDecimal(value.value), 2)) : value.value);
  }
  if (value.kind === 'text') {
    const text = halfWidth(value.text).replace(/\s+/g, '');
    if (NUMBER.test(text)) return ok(Number(text.replace(/,/g, '')));
    return fail(
      '不是数字：应为数值，如 12.1（单位写在“单位”列，不要写进数值）',
      'Not a number: expected a value such as 12.1 (the unit belongs in the Unit column, not in the value)',
    );
  }
  if (value.kind === 'date')
    return fail(
      '不是数字：此单元格是日期，应为数值，如 12.1',
      'Not a number: this cell is a date; expected a value such as 12.1',
    );
  if (value.kind === 'boolean')
    return fail('不是数字：应为数值，如 12.1', 'Not a number: expected a value such as 12.1');
  return fail('缺少数值：每行都必须填写数值', 'The value is missing: every row needs a value');
}

const pad = (part: number) => String(part).padStart(2, '0');

function calendarDate(year: number, month: number, day: number): Read<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    year > 9999 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return fail(
      `日期不存在：${year}年${month}月${day}日不是日历上的日期`,
      `No such date: ${year}-${pad(month)}-${pad(day)} is not a day of the calendar`,
    );
  }
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

/**
 * A spreadsheet serial number as a day: days since 1899-12-30 in the 1900 date system (45961 is 2025-10-31), since
 * 1904-01-01 in the 1904 one. Serials below 61 are before Excel's phantom 1900-02-29 and are off by one; too early
 * for any figure here, they are refused rather than guessed.
 */
export function dateOfSerial(serial: number, date1904: boolean): Read<string> {
  const day = Math.floor(serial);
  const daysSinceUnixEpoch = day + (date1904 ? 1462 : 0) - 25_569;
  if (!Number.isFinite(serial) || day < 61 || day > 2_958_465) {
    return fail(`不是有效的日期序号：${serial}`, `Not a valid date serial number: ${serial}`);
  }
  const date = new Date(daysSinceUnixEpoch * 86_400_000);
  return ok(date.toISOString().slice(0, 10));
}

const TEXT_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * The date a value refers to: a date cell, a serial number, or text as 2025-10-31, 2025/10/31, 2025/1/5,
 * 2025.10.31 or 2025年10月31日. Impossible days (2025-13-01, 2025-02-30) are refused, never rolled over.
 */
export function readDate(value: RawValue, date1904: boolean): Read<string> {
  if (value.kind === 'date') return ok(value.iso);
  if (value.kind === 'number') return dateOfSerial(value.value, date1904);
  if (value.kind === 'empty')
    return fail('缺少日期：每行都必须填写日期', 'The date is missing: every row needs a date');
  const text = value.kind === 'text' ? halfWidth(value.text).replace(/\s+/g, '') : '';
  const match = TEXT_DATE.exec(text) ?? CHINESE_DATE.exec(text);
  if (match) {
    const [year, month, day] = (match.length === 5 ? [match[1], match[3], match[4]] : match.slice(1)).map(Number);
    return calendarDate(year ?? 0, month ?? 0, day ?? 0);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return dateOfSerial(Number(text), date1904);
  return fail(
    '无法识别的日期：应为 2025-10-31、2025/10/31 或 2025年10月31日 这样的日期',
    'Unreadable date: expected a date such as 2025-10-31, 2025/10/31 or 2025年10月31日',
  );
}

/** 界限: 精确 / exact / blank is an exact figure, 以上 / or more one the source gives as a lower bound. */
export function readBound(text: string): Read<Observation['bound']> {
  const lower = text.toLowerCase();
  if (text === '' || text === zh.boundExact || lower === en.boundExact) return ok('exact');
  if (text === zh.boundAtLeast || lower === en.boundAtLeast) return ok('at-least');
  return fail(
    `无法识别的界限：应为“${zh.boundExact}”“${zh.boundAtLeast}”或留空`,
    `Unrecognised bound: expected “${en.boundExact}”, “${en.boundAtLeast}” or blank`,
  );
}

/** 推算值: 是 / yes marks a derived row; blank (or 否 / no) a figure of its own. */
export function readDerived(value: RawValue, text: string): Read<boolean> {
  if (value.kind === 'boolean') return ok(value.value);
  const lower = text.toLowerCase();
  if (text === zh.yes || lower === en.yes) return ok(true);
  if (text === '' || text === '否' || lower === 'no') return ok(false);
  return fail(
    `无法识别的推算值标记：应为“${zh.yes}”或留空`,
    `Unrecognised derived mark: expected “${en.yes}” or blank`,
  );
}

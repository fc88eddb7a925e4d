import { parse } from 'csv-parse/sync';
import { cleanText } from './clean-text';
import { columnLetters, fileProblem, type RawRow, type ReadResult } from './raw-sheet';

/**
 * A CSV in the 观测值 layout: UTF-8 with or without BOM, comma-separated. Every cell is text; numbers and dates are
 * read later. The sheet is named after the file, and a record's row number is its place in the file, as a
 * spreadsheet opening it would number it.
 */
export function readCsv(name: string, bytes: Uint8Array): ReadResult {
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem: fileProblem(name, {
        zh: '文件不是 UTF-8 编码：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”，或在 WPS/LibreOffice 中选择 UTF-8 编码',
        en: 'The file is not UTF-8: save it as “CSV UTF-8 (Comma delimited)” in Excel, or choose UTF-8 in WPS/LibreOffice',
      }),
    };
  }
  let records: string[][];
  try {
    records = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: fileProblem(name, {
        zh: `无法读取 CSV 文件（引号或分隔符有误）：${detail}`,
        en: `The CSV file cannot be read (a quote or separator is wrong): ${detail}`,
      }),
    };
  }
  const rows: RawRow[] = records.map((record, index) => ({
    number: index + 1,
    cells: record.map((field, column) => {
      const text = cleanText(field);
      return {
        address: `${columnLetters(column)}${index + 1}`,
        column,
        text,
        value: text === '' ? { kind: 'empty' } : { kind: 'text', text },
      };
    }),
  }));
  return { ok: true, sheets: [{ name, rows }] };
}

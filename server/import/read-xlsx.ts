import ExcelJS from 'exceljs';
import { toPlainDecimal, shiftDecimal } from '@/lib/decimal';
import { cleanText } from './clean-text';
import { fileProblem, type RawCell, type RawRow, type RawSheet, type RawValue, type ReadResult } from './raw-sheet';

/** A date cell's calendar day. exceljs builds the Date in UTC, so UTC parts are the day the cell shows. */
export const isoOfDate = (date: Date): string => date.toISOString().slice(0, 10);

/** A number shown as a percentage (0.805 as 80.5%) is meant as the percentage: the format says so. */
const isPercentFormat = (format: string | undefined) => /%/.test((format ?? '').replace(/"[^"]*"|\\./g, ''));

type Content = ExcelJS.CellValue | ExcelJS.RichText[] | undefined;

/** The value behind what a cell shows: a formula's result, a link's text, rich text's plain text. */
function plainValue(content: Content): number | string | boolean | Date | null {
  if (content === null || content === undefined) return null;
  if (typeof content === 'number' || typeof content === 'string' || typeof content === 'boolean') return content;
  if (content instanceof Date) return content;
  if (Array.isArray(content)) return content.map((run) => run.text).join('');
  if ('richText' in content) return content.richText.map((run) => run.text).join('');
  if ('error' in content) return content.error;
  if ('hyperlink' in content) return plainValue(content.text as Content);
  if ('formula' in content || 'sharedFormula' in content) return plainValue(content.result as Content);
  return null;
}

function rawValue(content: Content, format: string | undefined): { value: RawValue; text: string } {
  const plain = plainValue(content);
  if (plain === null) return { value: { kind: 'empty' }, text: '' };
  if (plain instanceof Date) {
    if (Number.isNaN(plain.getTime())) return { value: { kind: 'text', text: '#VALUE!' }, text: '#VALUE!' };
    const iso = isoOfDate(plain);
    return { value: { kind: 'date', iso }, text: iso };
  }
  if (typeof plain === 'number') {
    const percent = isPercentFormat(format);
    const text = percent ? `${shiftDecimal(toPlainDecimal(plain), 2)}%` : toPlainDecimal(plain);
    return { value: { kind: 'number', value: plain, percent }, text };
  }
  if (typeof plain === 'boolean') return { value: { kind: 'boolean', value: plain }, text: plain ? 'TRUE' : 'FALSE' };
  const text = cleanText(plain);
  return { value: text === '' ? { kind: 'empty' } : { kind: 'text', text }, text };
}

function readSheet(worksheet: ExcelJS.Worksheet): RawSheet {
  const rows: RawRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const { value, text } = rawValue(cell.value, cell.numFmt);
      cells.push({ address: cell.address, column: columnNumber - 1, text, value });
    });
    rows.push({ number: rowNumber, cells });
  });
  return { name: worksheet.name, rows };
}

/**
 * An .xlsx as cells (exceljs). A file that is no workbook, or a broken one, is one problem, never a throw; the
 * 1904 date system of old Mac workbooks comes back with the sheets, for serial numbers typed as plain numbers.
 */
export async function readXlsx(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs reads any ArrayBuffer; its typings name that Buffer, which collides with Node's Buffer type.
    await workbook.xlsx.load(bytes.slice().buffer as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: {
        ...fileProblem(name, {
          zh: `无法打开此 Excel 文件（文件已损坏或不是 .xlsx 工作簿）：${detail}`,
          en: `This Excel file cannot be opened (it is damaged or not an .xlsx workbook): ${detail}`,
        }),
        cell: 'A1',
      },
    };
  }
  // A zip without a workbook part loads as an empty workbook without properties.
  const properties = workbook.properties as Partial<typeof workbook.properties> | undefined;
  const date1904 = properties?.date1904 === true;
  return { ok: true, sheets: workbook.worksheets.map((worksheet) => ({ ...readSheet(worksheet), date1904 })) };
}

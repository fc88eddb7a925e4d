import type { CellProblem } from '@/api/admin-schemas';
import { columnOf, columnTitle, observationSheetNames, requiredColumns, type ColumnKey } from './observation-columns';
import { fileProblem, isBlankRow, type RawRow, type RawSheet } from './raw-sheet';

export interface ObservationTable {
  sheet: string;
  date1904: boolean;
  /** Column index (0 for A) of each column found. */
  columns: Partial<Record<ColumnKey, number>>;
  /** The data rows under the header, blank rows left out. */
  rows: RawRow[];
}

export type TableResult = { ok: true; table: ObservationTable } | { ok: false; problems: CellProblem[] };

function headerOf(sheet: RawSheet) {
  const index = sheet.rows.findIndex((row) => !isBlankRow(row));
  const row = sheet.rows[index];
  if (!row) return undefined;
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const cell of row.cells) {
    const key = columnOf(cell.text);
    if (key !== undefined && columns[key] === undefined) columns[key] = cell.column;
  }
  const missing = requiredColumns.filter((key) => columns[key] === undefined);
  return { index, row, columns, missing };
}

const isObservationSheet = (sheet: RawSheet) =>
  observationSheetNames.some((name) => name.toLowerCase() === sheet.name.trim().toLowerCase());

/**
 * The observations: the sheet named 观测值 / Observations, else the first sheet whose first non-blank row has the
 * required headers. Columns are found by their header text, in any order; other columns and sheets are ignored.
 */
export function findObservationTable(fileName: string, sheets: RawSheet[]): TableResult {
  const named = sheets.find(isObservationSheet);
  const candidates = named ? [named] : sheets;
  for (const sheet of candidates) {
    const header = headerOf(sheet);
    if (header && header.missing.length === 0) {
      return {
        ok: true,
        table: {
          sheet: sheet.name,
          date1904: sheet.date1904 === true,
          columns: header.columns,
          rows: sheet.rows.slice(header.index + 1).filter((row) => !isBlankRow(row)),
        },
      };
    }
  }
  // A CSV is one sheet: its header row is the one to name.
  const only = named ?? (sheets.length === 1 ? sheets[0] : undefined);
  if (only) {
    const header = headerOf(only);
    const missing = header?.missing ?? requiredColumns;
    const names = missing.map(columnTitle);
    const firstRow = header?.row.number ?? 1;
    return {
      ok: false,
      problems: [
        {
          sheet: only.name,
          cell: `A${firstRow}`,
          text: header?.row.cells.map((cell) => cell.text).join(' | ') ?? '',
          reason: {
            zh: `标题行缺少必需的列：${names.map((name) => name.zh).join('、')}（第一行非空行应为列标题，如 编号、日期、数值）`,
            en: `The header row lacks required columns: ${names.map((name) => name.en).join(', ')} (the first non-blank row must hold the column headers, such as ID, Date, Value)`,
          },
        },
      ],
    };
  }
  return {
    ok: false,
    problems: [
      fileProblem(fileName, {
        zh: '找不到“观测值”表：没有名为“观测值”的工作表，也没有哪张表的标题行含有 编号、日期、数值 三列',
        en: 'No Observations sheet: no sheet is named Observations (观测值), and no sheet has a header row with ID, Date and Value',
      }),
    ],
  };
}

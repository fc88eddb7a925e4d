import type { CellProblem, Reason } from '@/api/admin-schemas';
import type { ObservationTable } from './find-observation-table';
import type { CellRef, ImportRow } from './import-row';
import { columnLetters, type RawCell, type RawRow } from './raw-sheet';
import { readBound, readDate, readDerived, readNumber, type Read } from './normalise-cell';
import type { ColumnKey } from './observation-columns';
import { unitsPrintedAs } from './printed-units';

export interface NormalisedRows {
  rows: ImportRow[];
  problems: CellProblem[];
}

const emptyCell = (address: string, column: number): RawCell => ({
  address,
  column,
  text: '',
  value: { kind: 'empty' },
});

/**
 * Normalise step: each data row's cells read as typed values (numbers, ISO dates, units, marks). A cell that cannot
 * be read is a problem, and its row is left out of what later steps see; every problem of every row is kept.
 */
export function normaliseRows(table: ObservationTable): NormalisedRows {
  const problems: CellProblem[] = [];
  const rows: ImportRow[] = [];
  for (const raw of table.rows) {
    const row = normaliseRow(table, raw);
    if ('problems' in row) problems.push(...row.problems);
    else rows.push(row.row);
  }
  return { rows, problems };
}

function normaliseRow(table: ObservationTable, raw: RawRow): { row: ImportRow } | { problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const cellAt = (key: ColumnKey): RawCell => {
    const column = table.columns[key];
    if (column === undefined) return emptyCell('', -1);
    return (
      raw.cells.find((cell) => cell.column === column) ?? emptyCell(`${columnLetters(column)}${raw.number}`, column)
    );
  };
  const refOf = (cell: RawCell): CellRef => ({ sheet: table.sheet, cell: cell.address, text: cell.text });
  const field = <T>(key: ColumnKey, read: (cell: RawCell) => Read<T>): (CellRef & { value: T }) | undefined => {
    const cell = cellAt(key);
    const result = read(cell);
    if (result.ok) return { ...refOf(cell), value: result.value };
    problems.push({ ...refOf(cell), reason: result.reason });
    return undefined;
  };
  const missing = (zh: string, en: string): Reason => ({ zh, en });

  const id = field('id', (cell) =>
    cell.text === ''
      ? {
          ok: false,
          reason: missing(
            '缺少编号：每行都必须填写指标编号，如 5g-base-stations',
            'The ID is missing: every row needs an indicator ID such as 5g-base-stations',
          ),
        }
      : { ok: true, value: cell.text },
  );
  const date = field('date', (cell) => readDate(cell.value, table.date1904));
  const value = field('value', (cell) => readNumber(cell.value));
  const unit = field('unit', (cell): Read<ImportRow['unit']['value']> => {
    if (cell.text === '') return { ok: true, value: null };
    const choices = unitsPrintedAs(cell.text);
    return choices.length > 0
      ? { ok: true, value: choices }
      : {
          ok: false,
          reason: missing(
            `无法识别的单位：“${cell.text}”不是导出文件所写的单位（如 万个、亿元、%、万户），或留空沿用原单位`,
            `Unrecognised unit: “${cell.text}” is not a unit the export writes (such as 万个, 亿元, %, 万户); leave it blank to keep the indicator's unit`,
          ),
        };
  });
  const derived = field('derived', (cell) => readDerived(cell.value, cell.text));
  const bound = field('bound', (cell) => readBound(cell.text));
  const source = field('source', (cell) => ({ ok: true, value: cell.text }));
  const first = raw.cells.find((cell) => cell.column === 0);
  if (problems.length > 0 || !id || !date || !value || !unit || !derived || !bound || !source) return { problems };
  return {
    row: {
      row: { sheet: table.sheet, cell: `A${raw.number}`, text: first?.text ?? '' },
      id,
      date,
      value,
      unit,
      derived,
      bound,
      source,
    },
  };
}

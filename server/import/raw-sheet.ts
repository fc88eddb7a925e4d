import type { CellProblem, Reason } from '@/api/admin-schemas';

/** What a cell holds, before any reading of its meaning: text is already cleaned (see clean-text.ts). */
export type RawValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; value: boolean };

export interface RawCell {
  /** A1 style, as the workbook addresses it (D5). */
  address: string;
  /** 0 for column A. */
  column: number;
  /** What a person sees in the cell. */
  text: string;
  value: RawValue;
}

export interface RawRow {
  /** 1-based, as the workbook numbers it. */
  number: number;
  cells: RawCell[];
}

export interface RawSheet {
  name: string;
  rows: RawRow[];
  /** Serial numbers count from 1904 (old Mac workbooks), not 1900. */
  date1904?: boolean;
}

export type ReadResult = { ok: true; sheets: RawSheet[] } | { ok: false; problem: CellProblem };

/** A1-style column letters: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

export const isBlankRow = (row: RawRow) => row.cells.every((cell) => cell.text === '');

/** A problem with the file as a whole: the sheet is the file's name. */
export const fileProblem = (fileName: string, reason: Reason): CellProblem => ({
  sheet: fileName,
  cell: '',
  text: '',
  reason,
});

import type { Observation } from '@/api/schemas';
import type { UnitChoice } from './printed-units';

/** Where a value came from in the file, to name it in a problem or warning. */
export interface CellRef {
  sheet: string;
  cell: string;
  text: string;
}

/** One row of the observations, read and normalised; only rows whose every cell could be read are these. */
export interface ImportRow {
  /** The row's first cell (A5): a problem of the whole row is named by it. */
  row: CellRef;
  id: CellRef & { value: string };
  date: CellRef & { value: string };
  value: CellRef & { value: number };
  /** Every unit the printed unit text can stand for; null when the cell is blank (the indicator's own unit). */
  unit: CellRef & { value: UnitChoice[] | null };
  derived: CellRef & { value: boolean };
  bound: CellRef & { value: Observation['bound'] };
  /** Blank when the cell is (or the column is missing). */
  source: CellRef & { value: string };
}

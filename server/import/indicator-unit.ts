import type { Indicator } from '@/api/schemas';
import type { ImportRow } from './import-row';
import { resolveUnit, sameUnit, type UnitChoice } from './printed-units';

export interface RowUnit {
  row: ImportRow;
  unit: UnitChoice;
}

/** The unit each of an indicator's figures (not derived rows: those are recomputed) says it is in; blank is its own. */
export function rowUnits(rows: ImportRow[], indicator: Indicator): RowUnit[] {
  const own: UnitChoice = { unit: indicator.unit, multiplier: indicator.multiplier };
  return rows
    .filter((row) => !row.derived.value)
    .map((row) => ({
      row,
      unit: row.unit.value === null ? own : (resolveUnit(row.unit.text, own) ?? own),
    }));
}

/** The unit the indicator is in after the import: the one every figure agrees on, or undefined when they differ. */
export function agreedUnit(units: RowUnit[], indicator: Indicator): UnitChoice | undefined {
  const first = units[0]?.unit ?? { unit: indicator.unit, multiplier: indicator.multiplier };
  return units.every(({ unit }) => sameUnit(unit, first)) ? first : undefined;
}

import { unitIds, type Multiplier, type UnitId } from '@/api/schemas';
import { exportUnit } from '@/domain/format';

export interface UnitChoice {
  unit: UnitId;
  multiplier: Multiplier;
}

const multipliers: Multiplier[] = [1, 10_000, 100_000_000];

/** Every unit and multiplier the export can write, by the text it writes (万个 → unit × 10^4, site × 10^4). */
const byPrinted = new Map<string, UnitChoice[]>();
for (const unit of unitIds) {
  for (const multiplier of multipliers) {
    const printed = exportUnit(unit, multiplier, 'zh');
    byPrinted.set(printed, [...(byPrinted.get(printed) ?? []), { unit, multiplier }]);
  }
}

/** The unit a printed unit text stands for (the export's `exportUnit` read backwards), or [] when unknown. */
export function unitsPrintedAs(text: string): UnitChoice[] {
  return byPrinted.get(text) ?? [];
}

/** The export's text for a unit: the one spelling both directions share. */
export const printedUnit = ({ unit, multiplier }: UnitChoice): string => exportUnit(unit, multiplier, 'zh');

/**
 * Which unit a row means for an indicator: its own when the text is the one it prints, else one that keeps its unit
 * (a new multiplier), else the first the text can stand for. 个 is both `unit` and `site`, so the indicator decides.
 */
export function resolveUnit(text: string, current: UnitChoice): UnitChoice | undefined {
  if (printedUnit(current) === text) return current;
  const choices = unitsPrintedAs(text);
  return choices.find((choice) => choice.unit === current.unit) ?? choices[0];
}

export const sameUnit = (a: UnitChoice, b: UnitChoice) => a.unit === b.unit && a.multiplier === b.multiplier;

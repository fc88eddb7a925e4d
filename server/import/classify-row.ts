import type { Indicator, Observation } from '@/api/schemas';
import type { ImportRow } from './import-row';
import type { UnitChoice } from './printed-units';
import { rescale } from './rescale';

/**
 * What a figure row is against the indicator's current observation on its date:
 * article — the article's printed figure, unchanged (keeps `printed`, and the indicator's sentence as its source);
 * kept — a figure imported before, unchanged with its source;
 * source-changed — the same figure with another source;
 * changed — another value or bound than before (or a figure where a derived value was);
 * new — a date the indicator had no observation on.
 */
export type RowMatch =
  { kind: 'article' | 'kept' | 'source-changed' | 'changed'; before: Observation } | { kind: 'new' };

export function classifyRow(row: ImportRow, indicator: Indicator, unit: UnitChoice): RowMatch {
  const before = indicator.observations.find((observation) => observation.date === row.date.value);
  if (!before) return { kind: 'new' };
  const value = rescale(row.value.value, unit.multiplier, indicator.multiplier);
  const sameUnitId = unit.unit === indicator.unit;
  if (before.derived || !sameUnitId || before.value !== value || before.bound !== row.bound.value) {
    return { kind: 'changed', before };
  }
  if (before.printed !== undefined) return { kind: 'article', before };
  // What the export wrote for it: its own source, else the indicator's sentence.
  return row.source.value === (before.source ?? indicator.source.quote)
    ? { kind: 'kept', before }
    : { kind: 'source-changed', before };
}

/** Whether the import brings a figure that needs a source of its own. */
export const needsSource = (match: RowMatch) =>
  match.kind === 'new' || match.kind === 'changed' || match.kind === 'source-changed';

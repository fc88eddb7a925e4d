import type { ImportWarning } from '@/api/admin-schemas';
import { compareIsoDates } from '@/api/compare-iso-dates';
import type { Indicator, Observation } from '@/api/schemas';
import type { Dataset } from '../dataset/dataset';
import { classifyRow } from './classify-row';
import type { ImportRow } from './import-row';
import { agreedUnit, rowUnits } from './indicator-unit';
import { observationWarnings } from './observation-warnings';
import { printedUnit } from './printed-units';
import { rescale } from './rescale';
import { updateComparisons } from './update-comparisons';

export interface AppliedRows {
  dataset: Dataset;
  warnings: ImportWarning[];
  /** The row each observation came from, by indicator id and date, to name a cell when the dataset is refused. */
  origins: Map<string, Map<string, ImportRow>>;
}

/**
 * Apply step: the next dataset from the current one and the rows. The rows are the whole truth for the figures:
 * an indicator's observations become exactly its non-derived rows (the article's keep their `printed` and no
 * source; others take the row's source). Derived rows are never taken as typed: the current derived values are
 * kept on dates no figure now gives. An indicator without rows is removed. Report and highlights stay as they are.
 */
export function applyRows(rows: ImportRow[], current: Dataset): AppliedRows {
  const warnings: ImportWarning[] = [];
  const origins = new Map<string, Map<string, ImportRow>>();
  const indicators: Indicator[] = [];

  for (const indicator of current.indicators) {
    const own = rows.filter((row) => row.id.value === indicator.id);
    const units = rowUnits(own, indicator);
    const figures = units.map(({ row }) => row);
    if (figures.length === 0) {
      if (own.length === 0) {
        warnings.push({
          kind: 'indicator-removed',
          indicatorId: indicator.id,
          message: {
            zh: `指标“${indicator.name.zh}”（${indicator.id}）在文件中没有任何行，将被删除`,
            en: `The indicator “${indicator.name.en}” (${indicator.id}) has no rows in the file and will be removed`,
          },
        });
      }
      continue;
    }
    const ownUnit = { unit: indicator.unit, multiplier: indicator.multiplier };
    const unit = agreedUnit(units, indicator) ?? ownUnit;
    const changedUnit = units.find(
      ({ row, unit: rowUnit }) => row.unit.value !== null && printedUnit(rowUnit) !== printedUnit(ownUnit),
    );
    if (changedUnit && (unit.unit !== indicator.unit || unit.multiplier !== indicator.multiplier)) {
      warnings.push({
        kind: 'unit-changed',
        indicatorId: indicator.id,
        sheet: changedUnit.row.unit.sheet,
        cell: changedUnit.row.unit.cell,
        message: {
          zh: `单位改变：“${indicator.name.zh}”由“${printedUnit(ownUnit)}”改为“${printedUnit(unit)}”；推算值和净增按新单位换算`,
          en: `Unit changed: “${indicator.name.en}” goes from “${printedUnit(ownUnit)}” to “${printedUnit(unit)}”; derived values and net increases are converted`,
        },
      });
    }

    const byDate = new Map<string, ImportRow>();
    const brought: { row: ImportRow; observation: Observation; isNew: boolean }[] = [];
    const observations: Observation[] = [];
    for (const row of figures) {
      if (byDate.has(row.date.value)) continue;
      byDate.set(row.date.value, row);
      const match = classifyRow(row, indicator, unit);
      const value = row.value.value;
      if (match.kind === 'article' || match.kind === 'kept') {
        observations.push({ ...match.before, value });
        continue;
      }
      const observation: Observation = {
        date: row.date.value,
        value,
        derived: false,
        bound: row.bound.value,
        ...(row.source.value === '' || row.source.value === indicator.source.quote.trim()
          ? {}
          : { source: row.source.value }),
      };
      observations.push(observation);
      if (match.kind !== 'source-changed') brought.push({ row, observation, isNew: match.kind === 'new' });
    }
    for (const derived of indicator.observations) {
      if (derived.derived && !byDate.has(derived.date)) {
        observations.push({ ...derived, value: rescale(derived.value, indicator.multiplier, unit.multiplier) });
      }
    }
    observations.sort((a, b) => compareIsoDates(a.date, b.date));
    origins.set(indicator.id, byDate);

    for (const { row, observation, isNew } of brought) {
      warnings.push(...observationWarnings(indicator, row, observation, observations, isNew));
    }
    const latest = observations.at(-1);
    const latestRow = latest ? byDate.get(latest.date) : undefined;
    const updated = updateComparisons(indicator, observations, unit, latestRow?.value);
    warnings.push(...updated.warnings);
    indicators.push({
      ...indicator,
      unit: unit.unit,
      multiplier: unit.multiplier,
      observations,
      comparisons: updated.comparisons,
    });
  }

  return { dataset: { ...current, indicators }, warnings, origins };
}

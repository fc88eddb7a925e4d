import type { ImportWarning } from '@/api/admin-schemas';
import type { Comparison, Indicator, Observation } from '@/api/schemas';
import { fractionDigits, toPlainDecimal } from '@/lib/decimal';
import { formatComparison } from '@/domain/format';
import type { CellRef } from './import-row';
import type { UnitChoice } from './printed-units';
import { rescale } from './rescale';

export interface UpdatedComparisons {
  comparisons: Comparison[];
  warnings: ImportWarning[];
}

/** a − b to the digits the inputs have (12.1 − 1.6 = 10.5, not 10.499999999999998). */
function difference(a: number, b: number): number {
  const digits = Math.max(fractionDigits(toPlainDecimal(a)), fractionDigits(toPlainDecimal(b)));
  return Number((a - b).toFixed(digits));
}

const sameObservation = (a: Observation | undefined, b: Observation | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.date === b.date &&
  a.value === b.value &&
  a.bound === b.bound &&
  a.derived === b.derived;

/**
 * The article's comparisons describe its latest figure. While the latest is still that figure they stay (in the
 * new unit); once a newer or corrected figure is the latest, a net increase is recomputed from the observation on
 * its date (derived), and growth rates and ranks, which no one has computed for the new figure, are dropped.
 */
export function updateComparisons(
  before: Indicator,
  observations: Observation[],
  unit: UnitChoice,
  latestCell: CellRef | undefined,
): UpdatedComparisons {
  const inNewUnit = (value: number) => rescale(value, before.multiplier, unit.multiplier);
  const oldLatest = before.observations.at(-1);
  const latest = observations.at(-1);
  const rescaledOldLatest = oldLatest && { ...oldLatest, value: inNewUnit(oldLatest.value) };
  const kept = before.comparisons.map((comparison) =>
    comparison.kind === 'net-increase' ? { ...comparison, value: inNewUnit(comparison.value) } : comparison,
  );
  if (!latest || (sameObservation(rescaledOldLatest, latest) && unit.unit === before.unit)) {
    return { comparisons: kept, warnings: [] };
  }
  const shown = { ...before, unit: unit.unit, multiplier: unit.multiplier };
  const comparisons: Comparison[] = [];
  const warnings: ImportWarning[] = [];
  const warn = (zh: string, en: string) =>
    warnings.push({
      kind: 'comparison-replaced',
      indicatorId: before.id,
      ...(latestCell ? { sheet: latestCell.sheet, cell: latestCell.cell } : {}),
      message: { zh, en },
    });
  for (const comparison of kept) {
    const was = { zh: formatComparison(comparison, shown, 'zh'), en: formatComparison(comparison, shown, 'en') };
    const base =
      comparison.kind === 'net-increase' && comparison.since !== latest.date
        ? observations.find((observation) => observation.date === comparison.since)
        : undefined;
    if (comparison.kind === 'net-increase' && base) {
      const next: Comparison = {
        kind: 'net-increase',
        value: difference(latest.value, base.value),
        since: comparison.since,
        derived: true,
      };
      comparisons.push(next);
      if (next.value === comparison.value && comparison.derived && comparison.printed === undefined) continue;
      const now = { zh: formatComparison(next, shown, 'zh'), en: formatComparison(next, shown, 'en') };
      warn(
        `“${before.name.zh}”的净增已重算：${was.zh} → ${now.zh}（最新值 ${latest.date} 减去 ${comparison.since} 的值）`,
        `The net increase of “${before.name.en}” was recomputed: ${was.en} → ${now.en} (the latest, ${latest.date}, less the value of ${comparison.since})`,
      );
    } else {
      warn(
        `“${before.name.zh}”的比较“${was.zh}”已删除：它描述的是文章的数值，不是新的最新值 ${latest.date}`,
        `The comparison “${was.en}” of “${before.name.en}” was dropped: it describes the article’s figure, not the new latest (${latest.date})`,
      );
    }
  }
  return { comparisons, warnings };
}

import type { ImportWarning } from '@/api/admin-schemas';
import type { Indicator, Observation } from '@/api/schemas';
import type { ImportRow } from './import-row';

/** Provinces, regions and municipalities of mainland China: a national rank beyond this cannot be one. */
const PROVINCES = 34;
const LARGE_CHANGE = 0.5;

/**
 * Warnings about one figure the import brings (new or changed): a move of more than half from the observation
 * before it, a date before the indicator's latest, a rank no province can hold.
 */
export function observationWarnings(
  indicator: Indicator,
  row: ImportRow,
  observation: Observation,
  observations: Observation[],
  isNew: boolean,
): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const at = (cell: { sheet: string; cell: string }) => ({
    indicatorId: indicator.id,
    sheet: cell.sheet,
    cell: cell.cell,
  });
  const index = observations.indexOf(observation);
  const previous = index > 0 ? observations[index - 1] : undefined;
  if (previous) {
    const change =
      previous.value === 0
        ? observation.value === 0
          ? 0
          : Infinity
        : Math.abs(observation.value - previous.value) / Math.abs(previous.value);
    if (change > LARGE_CHANGE) {
      const percent = Number.isFinite(change) ? `${Math.round(change * 100)}%` : '∞';
      warnings.push({
        kind: 'large-change',
        ...at(row.value),
        message: {
          zh: `变化较大：“${indicator.name.zh}”从 ${previous.date} 的 ${previous.value} 变为 ${observation.value}（变动 ${percent}），请核对`,
          en: `A large change: “${indicator.name.en}” moves from ${previous.value} on ${previous.date} to ${observation.value} (${percent}); please check`,
        },
      });
    }
  }
  const latest = indicator.observations.at(-1);
  if (isNew && latest && observation.date < latest.date) {
    warnings.push({
      kind: 'earlier-date',
      ...at(row.date),
      message: {
        zh: `日期早于现有最新值：“${indicator.name.zh}”的新数值日期为 ${observation.date}，早于现有最新值的 ${latest.date}`,
        en: `Earlier than the latest: the new figure of “${indicator.name.en}” is dated ${observation.date}, before its latest, ${latest.date}`,
      },
    });
  }
  if (indicator.unit === 'rank' && (observation.value < 1 || observation.value > PROVINCES)) {
    warnings.push({
      kind: 'rank-out-of-range',
      ...at(row.value),
      message: {
        zh: `排名超出范围：第 ${observation.value} 名，全国只有 ${PROVINCES} 个省级行政区`,
        en: `Rank out of range: ${observation.value}, while China has ${PROVINCES} provincial-level divisions`,
      },
    });
  }
  return warnings;
}

import type { DatasetDiff, ObservationChange } from '@/api/admin-schemas';
import type { Indicator, Observation } from '@/api/schemas';
import type { Dataset } from '../dataset/dataset';
import { printedUnit } from './printed-units';

const differs = (a: Observation, b: Observation) =>
  a.value !== b.value || a.bound !== b.bound || a.source !== b.source || a.derived !== b.derived;

/**
 * What `after` changes against `before`: observations changed (same indicator and date), added and removed, and the
 * indicators removed (whose observations are listed as removed too). In indicator order, then by date.
 */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const diff: DatasetDiff = { changed: [], added: [], removed: [], removedIndicators: [] };
  const beforeById = new Map(before.indicators.map((indicator) => [indicator.id, indicator]));
  const afterIds = new Set(after.indicators.map((indicator) => indicator.id));
  const order: Indicator[] = [
    ...after.indicators,
    ...before.indicators.filter((indicator) => !afterIds.has(indicator.id)),
  ];
  for (const indicator of order) {
    const old = beforeById.get(indicator.id);
    const now = afterIds.has(indicator.id) ? indicator : undefined;
    if (!now) diff.removedIndicators.push(indicator.id);
    const change = (date: string, was?: Observation, is?: Observation): ObservationChange => ({
      indicatorId: indicator.id,
      name: { zh: indicator.name.zh, en: indicator.name.en },
      date,
      unit: printedUnit(indicator),
      ...(was ? { before: was } : {}),
      ...(is ? { after: is } : {}),
    });
    const oldByDate = new Map((old?.observations ?? []).map((observation) => [observation.date, observation]));
    const newByDate = new Map((now?.observations ?? []).map((observation) => [observation.date, observation]));
    const dates = [...new Set([...oldByDate.keys(), ...newByDate.keys()])].sort();
    for (const date of dates) {
      const was = oldByDate.get(date);
      const is = newByDate.get(date);
      if (was && is) {
        if (differs(was, is)) diff.changed.push(change(date, was, is));
      } else if (is) diff.added.push(change(date, undefined, is));
      else if (was) diff.removed.push(change(date, was, undefined));
    }
  }
  return diff;
}

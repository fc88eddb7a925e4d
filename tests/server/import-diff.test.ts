import { describe, expect, it } from 'vitest';
import { articleDataset, type Dataset } from '../../server/dataset/dataset';
import { diffDatasets } from '../../server/import/plan-import';
import { applyRows } from '../../server/import/apply-rows';
import type { ImportRow } from '../../server/import/import-row';

function edited(edit: (dataset: Dataset) => void): Dataset {
  const dataset = articleDataset();
  edit(dataset);
  return dataset;
}

describe('diffDatasets', () => {
  it('is empty for the same dataset', () => {
    expect(diffDatasets(articleDataset(), articleDataset())).toEqual({
      changed: [],
      added: [],
      removed: [],
      removedIndicators: [],
    });
  });

  it('lists changed, added and removed observations in indicator order, then by date', () => {
    const after = edited((dataset) => {
      const [volume, revenue, users] = dataset.indicators;
      if (!volume || !revenue || !users) throw new Error('the article has these');
      users.observations.push({ date: '2025-09-30', value: 4270, derived: false, bound: 'exact', source: 'S' });
      users.observations.push({ date: '2025-08-31', value: 4265, derived: false, bound: 'exact', source: 'S' });
      volume.observations[0] = { date: '2025-07-31', value: 746.3, derived: false, bound: 'exact', source: 'S' };
      revenue.observations = [{ date: '2025-08-31', value: 1400, derived: false, bound: 'exact', source: 'S' }];
      dataset.indicators = dataset.indicators.filter((indicator) => indicator.id !== 'gigabit-cities');
    });
    const diff = diffDatasets(articleDataset(), after);
    expect(diff.changed).toEqual([
      {
        indicatorId: 'telecom-business-volume',
        name: { zh: '电信业务总量', en: 'Telecom business volume' },
        date: '2025-07-31',
        unit: '亿元',
        before: { date: '2025-07-31', value: 746.26, derived: false, bound: 'exact', printed: '746.26亿元' },
        after: { date: '2025-07-31', value: 746.3, derived: false, bound: 'exact', source: 'S' },
      },
    ]);
    expect(diff.added.map((change) => `${change.indicatorId} ${change.date} ${change.after?.value}`)).toEqual([
      'telecom-business-revenue 2025-08-31 1400',
      'mobile-phone-users 2025-08-31 4265',
      'mobile-phone-users 2025-09-30 4270',
    ]);
    expect(diff.removed.map((change) => `${change.indicatorId} ${change.date} ${change.before?.value}`)).toEqual([
      'telecom-business-revenue 2025-07-31 1370.9',
      'gigabit-cities 2025-07-31 7',
    ]);
    expect(diff.removedIndicators).toEqual(['gigabit-cities']);
  });
});

describe('applyRows', () => {
  const ref = (cell: string, text: string) => ({ sheet: '观测值', cell, text });
  const row = (
    id: string,
    date: string,
    value: number,
    derived: boolean,
    source = '',
    bound: 'exact' | 'at-least' = 'exact',
  ): ImportRow => ({
    row: ref('A2', id),
    id: { ...ref('A2', id), value: id },
    date: { ...ref('C2', date), value: date },
    value: { ...ref('D2', String(value)), value },
    unit: { ...ref('E2', ''), value: null },
    derived: { ...ref('F2', derived ? '是' : ''), value: derived },
    bound: { ...ref('G2', ''), value: bound },
    source: { ...ref('H2', source), value: source },
  });

  it('never takes a derived row as typed: the current derived value stays unless a figure gives its date', () => {
    const current = articleDataset();
    const rows = current.indicators.flatMap((indicator) =>
      indicator.observations.map((observation) =>
        row(
          indicator.id,
          observation.date,
          observation.value,
          observation.derived,
          indicator.source.quote,
          observation.bound,
        ),
      ),
    );
    const baseline = rows.find((candidate) => candidate.id.value === '5g-base-stations' && candidate.derived.value);
    if (!baseline) throw new Error('the 5G baseline is derived');
    baseline.value.value = 99;
    expect(applyRows(rows, current).dataset).toEqual(articleDataset());

    // A printed baseline (now a figure of its own) replaces the derived one; the article's latest keeps its comparison.
    const withFigure = [
      ...rows.filter((candidate) => candidate !== baseline),
      row('5g-base-stations', '2020-12-31', 1.7, false, 'S'),
    ];
    const stations = applyRows(withFigure, current).dataset.indicators.find(
      (indicator) => indicator.id === '5g-base-stations',
    );
    expect(stations?.observations[0]).toEqual({
      date: '2020-12-31',
      value: 1.7,
      derived: false,
      bound: 'exact',
      source: 'S',
    });
    expect(stations?.comparisons).toEqual(current.indicators.find((i) => i.id === '5g-base-stations')?.comparisons);
  });
});

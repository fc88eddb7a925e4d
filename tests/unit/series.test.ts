// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indicators, report } from '../../mocks/data';
import { ILLUSTRATIVE_MONTHS, withIllustrativeSeries } from '../../mocks/data/illustrative-series';
import { Indicator } from '../../src/api/schemas';
import { seriesSummaryText } from '../../src/widgets/indicators/series-text';
import { chartToCsv, chartToJson } from '../../src/widgets/charts/export/chart-export';
import { buildAreaChartSpecs } from '../../src/widgets/charts/model/area-chart-specs';
import { axisGroups } from '../../src/widgets/charts/model/chart-axes';
import type { ChartSpec } from '../../src/widgets/charts/model/chart-model';

describe('the illustrative series scenario', () => {
  const series = indicators.map((indicator) => withIllustrativeSeries(indicator));

  it('serves a valid monthly series for every indicator, ending on the article’s value and marked illustrative', () => {
    for (const [index, indicator] of series.entries()) {
      expect(Indicator.safeParse(indicator).success).toBe(true);
      expect(indicator.frequency).toBe('monthly');
      expect(indicator.illustrative).toBe(true);
      expect(indicator.observations.at(-1)).toEqual(indicators[index]?.observations.at(-1));
    }
    const mobileUsers = series.find((indicator) => indicator.id === 'mobile-phone-users');
    expect(mobileUsers?.observations).toHaveLength(ILLUSTRATIVE_MONTHS);
    expect(mobileUsers?.observations[0]?.date).toBe('2015-08-31');
    // The article's derived end-of-2020 baseline is kept as it is, derived mark and all.
    expect(mobileUsers?.observations.find((observation) => observation.date === '2020-12-31')).toEqual({
      date: '2020-12-31',
      value: 4022.8,
      derived: true,
      bound: 'exact',
    });
    // A sum since 2021 has no value before 2021: January 2021 to July 2025 is 55 months.
    expect(series.find((indicator) => indicator.id === 'telecom-business-volume')?.observations).toHaveLength(55);
  });

  it('gives charts every point in their table, CSV and JSON, marked illustrative', () => {
    const specs = buildAreaChartSpecs('users', series, { ...report, illustrative: true });
    const growth = specs.find((spec) => spec.id === 'users-growth');
    expect(growth?.kind).toBe('time-lines');
    expect(growth?.rows).toHaveLength(120);
    if (!growth) return;
    const csv = chartToCsv(growth, 'zh').trim().split('\r\n');
    expect(csv).toHaveLength(121);
    expect(csv[0]).toBe('日期,移动电话用户（万户）,固定宽带接入用户（万户）,备注');
    expect(csv.at(-1)).toBe('2025-07-31,4261.7,1797.5,模拟序列（非真实数据）');
    const json = JSON.parse(chartToJson(growth, '模拟序列（非真实数据）')) as {
      rows: unknown[];
      illustrative: boolean;
    };
    expect(json.rows).toHaveLength(120);
    expect(json.illustrative).toBe(true);
  });

  it('keeps the article’s two-point charts as before/after bars', () => {
    const specs = buildAreaChartSpecs('users', indicators, report);
    expect(specs.find((spec) => spec.id === 'users-growth')?.kind).toBe('grouped-bars');
  });
});

describe('a time chart with series in different units', () => {
  it('never puts two units on one axis: a third unit goes to the table only', () => {
    const spec: ChartSpec = {
      id: 'mixed',
      area: 'users',
      kind: 'time-lines',
      title: { zh: '混合', en: 'Mixed' },
      unit: 'subscriber',
      multiplier: 10_000,
      asOf: '2025-07-31',
      series: [
        { key: 'a', label: { zh: 'A', en: 'A' }, unit: 'subscriber', multiplier: 10_000 },
        { key: 'b', label: { zh: 'B', en: 'B' }, unit: 'subscriber', multiplier: 1 },
        { key: 'c', label: { zh: 'C', en: 'C' }, unit: 'percent', multiplier: 1 },
        { key: 'd', label: { zh: 'D', en: 'D' }, unit: 'subscriber', multiplier: 10_000 },
      ],
      rows: [],
    };
    const { drawn, tableOnly } = axisGroups(spec);
    expect(drawn.map((group) => group.series.map((series) => series.key))).toEqual([['a', 'd'], ['b']]);
    expect(tableOnly.map((series) => series.key)).toEqual(['c']);
  });
});

describe('the report’s one line per series', () => {
  it('says first, latest, change, lowest and highest; a percentage changes in percentage points', () => {
    const share = Indicator.parse({
      id: 'test-share',
      area: 'users',
      name: { zh: '测试占比', en: 'Test share' },
      unit: 'percent',
      multiplier: 1,
      measure: 'stock',
      frequency: 'quarterly',
      observations: [
        { date: '2024-03-31', value: 56.3, derived: false, bound: 'exact' },
        { date: '2024-06-30', value: 52.1, derived: false, bound: 'exact' },
        { date: '2024-09-30', value: 80.5, derived: false, bound: 'exact' },
      ],
      comparisons: [],
      source: { quote: '测试。' },
    });
    expect(seriesSummaryText(share, 'zh')).toBe(
      '首值 2024年第1季度 56.3%；最新 2024年第3季度 80.5%；变化 +24.2个百分点；最低 2024年第2季度 52.1%；最高 2024年第3季度 80.5%',
    );
    expect(seriesSummaryText(share, 'en')).toBe(
      'First Q1 2024 56.3%; latest Q3 2024 80.5%; change +24.2 pp; lowest Q2 2024 52.1%; highest Q3 2024 80.5%',
    );
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { indicators, report } from '../../mocks/data';
import { chartToCsv, chartToJson } from '../../src/widgets/charts/export/chart-export';
import { chartDefinitions } from '../../src/widgets/charts/model/chart-definitions';
import { buildChartSpec } from '../../src/widgets/charts/model/chart-spec';
import { derivedSharePercent, type ChartSpec } from '../../src/widgets/charts/model/chart-model';
import { niceTicks, rankTicks } from '../../src/widgets/charts/model/nice-ticks';
import { BYTE_ORDER_MARK, toCsv } from '../../src/lib/csv';

function spec(id: string): ChartSpec {
  const definition = chartDefinitions.find((candidate) => candidate.id === id);
  if (!definition) throw new Error(`no chart ${id}`);
  const built = buildChartSpec(definition, indicators, report);
  if (!built) throw new Error(`chart ${id} built nothing`);
  return built;
}

describe('chart specs', () => {
  it('name only indicators that exist, and every area has at least one chart', () => {
    const ids = new Set(indicators.map((indicator) => indicator.id));
    for (const definition of chartDefinitions) {
      for (const id of definition.indicatorIds) expect(ids, `${definition.id} → ${id}`).toContain(id);
      expect(spec(definition.id).rows).toHaveLength(
        definition.indicatorIds.length + (definition.build === 'shares' ? (definition.derivedShares?.length ?? 0) : 0),
      );
    }
    expect(new Set(chartDefinitions.map((definition) => definition.area))).toEqual(
      new Set(report.areas.map((area) => area.id)),
    );
  });

  it('derives the gigabit share of fixed broadband (465.2 of 1797.5 = 25.9%) and marks it derived', () => {
    expect(465.2 / 1797.5).toBeCloseTo(0.2588, 4);
    expect(derivedSharePercent(465.2, 1797.5)).toBe(25.9);
    const row = spec('users-shares').rows.find((candidate) => candidate.key === 'gigabit-share-of-fixed-broadband');
    expect(row).toMatchObject({ values: { share: 25.9 }, derived: ['share'] });
  });

  it('draws before/after bars from the 2020 and 2025 observations, keeping derived flags', () => {
    const users = spec('users-growth');
    expect(users.rows.map((row) => [row.key, row.values, row.derived])).toEqual([
      ['mobile-phone-users', { baseline: 4022.8, latest: 4261.7 }, ['baseline']],
      ['fixed-broadband-users', { baseline: 1252.1, latest: 1797.5 }, ['baseline']],
    ]);
    expect(spec('inclusion-village-5g').rows[0]).toMatchObject({ values: { baseline: 65, latest: 96 }, derived: [] });
  });

  it('leaves out a row whose indicator the API did not return', () => {
    const definition = chartDefinitions.find((candidate) => candidate.id === 'users-growth');
    if (!definition) throw new Error('no users-growth');
    const withoutMobile = indicators.filter((indicator) => indicator.id !== 'mobile-phone-users');
    expect(buildChartSpec(definition, withoutMobile, report)?.rows.map((row) => row.key)).toEqual([
      'fixed-broadband-users',
    ]);
    expect(buildChartSpec(definition, [], report)).toBeUndefined();
  });

  it('brings a series in another multiplier to the chart’s (1797.5万 = 0.17975亿), exactly', () => {
    const definition = chartDefinitions.find((candidate) => candidate.id === 'users-growth');
    if (!definition) throw new Error('no users-growth');
    const inYi = indicators.map((indicator) =>
      indicator.id === 'fixed-broadband-users'
        ? {
            ...indicator,
            multiplier: 100_000_000 as const,
            observations: [
              { date: '2020-12-31', value: 0.12521, derived: true, bound: 'exact' as const },
              { date: '2025-07-31', value: 0.17975, derived: false, bound: 'exact' as const },
            ],
          }
        : indicator,
    );
    const built = buildChartSpec(definition, inYi, report);
    expect(built?.multiplier).toBe(10_000);
    expect(built?.rows.map((row) => [row.key, row.values])).toEqual([
      ['mobile-phone-users', { baseline: 4022.8, latest: 4261.7 }],
      ['fixed-broadband-users', { baseline: 1252.1, latest: 1797.5 }],
    ]);
    expect(built?.note).toBeUndefined();
  });

  it('sets aside a series in another unit and names it in the note', () => {
    const definition = chartDefinitions.find((candidate) => candidate.id === 'users-growth');
    if (!definition) throw new Error('no users-growth');
    const inKm = indicators.map((indicator) =>
      indicator.id === 'fixed-broadband-users' ? { ...indicator, unit: 'km' as const } : indicator,
    );
    const built = buildChartSpec(definition, inKm, report);
    expect(built?.rows.map((row) => row.key)).toEqual(['mobile-phone-users']);
    expect(built?.note).toEqual({
      zh: '单位与本图不同，未画入：固定宽带接入用户',
      en: 'Left out because the unit differs: Fixed broadband users',
    });
  });

  it('takes only percentages into a share chart', () => {
    const definition = chartDefinitions.find((candidate) => candidate.id === 'users-shares');
    if (!definition) throw new Error('no users-shares');
    const counted = indicators.map((indicator) =>
      indicator.id === '5g-traffic-share' ? { ...indicator, unit: 'subscriber' as const } : indicator,
    );
    const built = buildChartSpec(definition, counted, report);
    expect(built?.unit).toBe('percent');
    expect(built?.rows.map((row) => row.key)).toEqual(['5g-user-penetration', 'gigabit-share-of-fixed-broadband']);
    expect(built?.note?.zh).toContain('单位与本图不同，未画入：');
  });

  it('picks round axis ticks', () => {
    expect(niceTicks(4261.7)).toEqual([0, 2000, 4000, 6000]);
    expect(niceTicks(337.5)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(32.9)).toEqual([0, 10, 20, 30, 40]);
  });

  it('keeps axis ticks finite at the ends of the number range', () => {
    // 5e-324 ÷ 4 underflows to a step of 0, which used to ask for an endless array (RangeError).
    expect(niceTicks(5e-324)).toEqual([0, 5e-324]);
    // The largest double: steps of 5e307; the fourth would be Infinity and is left out.
    expect(niceTicks(Number.MAX_VALUE)).toEqual([0, 5e307, 1e308, 1.5e308]);
  });

  it('gives a rank axis one tick per rank, and round steps for a rank too deep to tick one by one', () => {
    expect(rankTicks(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rankTicks(1)).toEqual([1]);
    // A contract-valid rank of 2^53 − 1 used to ask for an array that long (RangeError: Invalid array length).
    expect(rankTicks(Number.MAX_SAFE_INTEGER + 1)).toEqual([1, 2.5e15, 5e15, 7.5e15, 1e16]);
    // 41 ÷ 4 = 10.25 a step: the next round step is 20, up to 60 ≥ 41.
    expect(rankTicks(41)).toEqual([1, 20, 40, 60]);
  });
});

describe('chart downloads', () => {
  it('writes CSV with a byte-order mark, a header with units, exact values and derived notes', () => {
    const csv = chartToCsv(spec('users-growth'), 'zh');
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '指标,“十三五”末（万户）,2025年7月31日（万户）,备注',
      '移动电话用户,4022.8,4261.7,“十三五”末：推算值',
      '固定宽带接入用户,1252.1,1797.5,“十三五”末：推算值',
      '',
    ]);
  });

  it('writes English CSV with exact whole quantities', () => {
    const csv = chartToCsv(spec('scale-cumulative'), 'en');
    expect(csv.slice(1).split('\r\n').slice(0, 3)).toEqual([
      'Indicator,"14th plan, cumulative (CNY)",Net increase vs end of 2020 (CNY),Notes',
      'Telecom business volume,74626000000,44626000000,',
      'Telecom business revenue,137090000000,12040000000,',
    ]);
  });

  it('keeps a hostile cell as text', () => {
    expect(toCsv([['=HYPERLINK("x")', '-3', 'a,b']])).toBe(`${BYTE_ORDER_MARK}"'=HYPERLINK(""x"")",-3,"a,b"\r\n`);
  });

  it('writes JSON with the rows and the source', () => {
    const json = JSON.parse(chartToJson(spec('compute-ranks'), 'source line')) as {
      rows: { id: string; values: { rank: number } }[];
      source: string;
    };
    expect(json.source).toBe('source line');
    expect(json.rows.map((row) => [row.id, row.values.rank])).toEqual([
      ['composite-compute-index-rank', 8],
      ['energy-efficiency-rank', 5],
      ['compute-scale-rank', 8],
      ['standard-racks-in-use-rank', 9],
      ['environment-sub-index-rank', 8],
    ]);
  });
});

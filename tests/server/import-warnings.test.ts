import { describe, expect, it } from 'vitest';
import { articleDataset } from '../../server/dataset/dataset';
import { articleCsv, importCsv, NEW_SOURCE } from './import-helpers';

const source = NEW_SOURCE;
// The article CSV: 1 header, then 30 figure rows (28 latest and 2 printed baselines; the 7 derived baselines are
// left out), so the first extra line is row 32.
const FIRST_EXTRA = 32;

describe('planImport: warnings that do not block', () => {
  it('the article CSV alone has none', async () => {
    const plan = await importCsv(articleCsv([]));
    expect(plan.problems).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.dataset).toEqual(articleDataset());
  });

  it('large-change: 5G base stations from 11.5 to 20 (74 %)', async () => {
    const plan = await importCsv(articleCsv([`5g-base-stations,2025-10-31,20,万个,,${source}`]));
    expect(plan.problems).toEqual([]);
    expect(plan.warnings.map(({ kind, indicatorId, cell }) => [kind, indicatorId, cell])).toEqual([
      ['large-change', '5g-base-stations', `C${FIRST_EXTRA}`],
      ['comparison-replaced', '5g-base-stations', `C${FIRST_EXTRA}`],
    ]);
    expect(plan.warnings[0]?.message).toEqual({
      zh: '变化较大：“5G基站”从 2025-07-31 的 11.5 变为 20（变动 74%），请核对',
      en: 'A large change: “5G base stations” moves from 11.5 on 2025-07-31 to 20 (74%); please check',
    });
  });

  it('earlier-date: a mobile users figure for 2025-06-30, before the latest (comparisons stay)', async () => {
    const plan = await importCsv(articleCsv([`mobile-phone-users,2025-06-30,4250,万户,,${source}`]));
    expect(plan.warnings.map(({ kind, cell }) => [kind, cell])).toEqual([['earlier-date', `B${FIRST_EXTRA}`]]);
    const users = plan.dataset?.indicators.find((indicator) => indicator.id === 'mobile-phone-users');
    expect(users?.comparisons).toEqual(articleDataset().indicators[2]?.comparisons);
    expect(users?.observations.map((observation) => observation.date)).toEqual([
      '2020-12-31',
      '2025-06-30',
      '2025-07-31',
    ]);
  });

  it('unit-changed: 5G base stations given in 个 (115000) keep the article figure, rescale the derived ones', async () => {
    const plan = await importCsv(
      articleCsv(['5g-base-stations,2025-07-31,115000,个,,'], (id) => id !== '5g-base-stations'),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.warnings.map(({ kind, cell, message }) => [kind, cell, message.zh])).toEqual([
      ['unit-changed', 'D31', '单位改变：“5G基站”由“万个”改为“个”；推算值和净增按新单位换算'],
    ]);
    const stations = plan.dataset?.indicators.find((indicator) => indicator.id === '5g-base-stations');
    expect(stations).toMatchObject({
      unit: 'unit',
      multiplier: 1,
      observations: [
        { date: '2020-12-31', value: 16000, derived: true, bound: 'exact' },
        { date: '2025-07-31', value: 115000, derived: false, bound: 'exact', printed: '11.5万个' },
      ],
      comparisons: [
        { kind: 'net-increase', value: 99000, since: '2020-12-31', derived: false, printed: '增加9.9万个' },
      ],
    });
  });

  it('rank-out-of-range: a national rank of 35; its printed rank is dropped', async () => {
    const plan = await importCsv(articleCsv([`compute-scale-rank,2025-10-31,35,名次,,${source}`]));
    expect(plan.warnings.map(({ kind }) => kind)).toEqual(['large-change', 'rank-out-of-range', 'comparison-replaced']);
    expect(plan.warnings[2]?.message).toEqual({
      zh: '“算力规模”的比较“全国第8”已删除：它描述的是文章的数值，不是新的最新值 2025-10-31',
      en: 'The comparison “8th nationally” of “Compute scale” was dropped: it describes the article’s figure, not the new latest (2025-10-31)',
    });
    const rank = plan.dataset?.indicators.find((indicator) => indicator.id === 'compute-scale-rank');
    expect(rank?.comparisons).toEqual([]);
  });

  it('indicator-removed: gigabit cities without any row', async () => {
    const plan = await importCsv(articleCsv([], (id) => id !== 'gigabit-cities'));
    expect(plan.warnings).toEqual([
      {
        kind: 'indicator-removed',
        indicatorId: 'gigabit-cities',
        message: {
          zh: '指标“全国“千兆城市””（gigabit-cities）在文件中没有任何行，将被删除',
          en: 'The indicator “National gigabit cities” (gigabit-cities) has no rows in the file and will be removed',
        },
      },
    ]);
    expect(plan.diff?.removedIndicators).toEqual(['gigabit-cities']);
    expect(plan.diff?.removed.map((change) => [change.indicatorId, change.date, change.unit])).toEqual([
      ['gigabit-cities', '2025-07-31', '市'],
    ]);
  });

  it('comparison-replaced: fixed broadband 1800万户 recomputes the net increase and drops the growth rate', async () => {
    const plan = await importCsv(articleCsv([`fixed-broadband-users,2025-10-31,1800,万户,,${source}`]));
    expect(plan.warnings.map(({ kind, message }) => [kind, message.zh])).toEqual([
      [
        'comparison-replaced',
        '“固定宽带接入用户”的净增已重算：+545.4万户 → +547.9万户（最新值 2025-10-31 减去 2020-12-31 的值）',
      ],
      [
        'comparison-replaced',
        '“固定宽带接入用户”的比较“增长率43.6%”已删除：它描述的是文章的数值，不是新的最新值 2025-10-31',
      ],
    ]);
    const broadband = plan.dataset?.indicators.find((indicator) => indicator.id === 'fixed-broadband-users');
    // 1800 − 1252.1 = 547.9 (not 547.9000000000001).
    expect(broadband?.comparisons).toEqual([
      { kind: 'net-increase', value: 547.9, since: '2020-12-31', derived: true },
    ]);
  });
});

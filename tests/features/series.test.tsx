import { cleanup, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { report } from '../../mocks/data';
import { server, TEST_API_BASE_URL } from '../../mocks/node';
import { Indicator, type Frequency, type Observation } from '../../src/api/schemas';
import { AreaSection } from '../../src/features/dashboard/area-section';
import { IndicatorCard } from '../../src/widgets/indicators/indicator-card';
import { DataTable } from '../../src/widgets/charts/render/data-table';
import { buildChartSpec } from '../../src/widgets/charts/model/chart-spec';
import type { ChartDefinition } from '../../src/widgets/charts/model/chart-model';
import { messages } from '../setup/messages';
import { renderWithApp } from '../setup/render-app';

const AS_OF = '2025-07-31';
const BASELINE = '2020-12-31';

const point = (date: string, value: number): Observation => ({ date, value, derived: false, bound: 'exact' });

/** Month-end dates from a start month, one per month (months are 1-based). */
function monthEnds(startYear: number, startMonth: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const monthIndex = startYear * 12 + startMonth - 1 + index;
    return new Date(Date.UTC(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 0)).toISOString().slice(0, 10);
  });
}

/** A test indicator in 万户, parsed by the contract as the client parses every API answer. */
function testIndicator(observations: Observation[], frequency?: Frequency, extra: Partial<Indicator> = {}): Indicator {
  return Indicator.parse({
    id: 'test-users',
    area: 'users',
    name: { zh: '测试用户', en: 'Test users' },
    unit: 'subscriber',
    multiplier: 10_000,
    measure: 'stock',
    ...(frequency ? { frequency } : {}),
    observations,
    comparisons: [],
    source: { quote: '测试句子。' },
    ...extra,
  });
}

/** Renders a card; with three or more points it waits for the sparkline, which loads with the series code. */
async function renderCard(indicator: Indicator, asOf = AS_OF) {
  renderWithApp(<IndicatorCard indicator={indicator} baselineDate={BASELINE} asOf={asOf} sourceCredit="测试来源" />);
  const card = screen.getByRole('article', { name: indicator.name.zh });
  if (indicator.observations.length >= 3) await within(card).findByRole('img');
  return card;
}

/** 100, 101, … 123万户 monthly from Aug 2023 to Jul 2025. */
const twentyFourMonths = monthEnds(2023, 8, 24).map((date, index) => point(date, 100 + index));

const trendImage = (card: HTMLElement) => within(card).queryByRole('img');
const visibleMonthDates = (card: HTMLElement) => card.textContent?.match(/\d{4}年\d{1,2}月/g) ?? [];

describe('a card with a series', () => {
  it('with one point shows the value and no trend', async () => {
    const card = await renderCard(testIndicator([point(AS_OF, 4261.7)]));
    expect(within(card).getByText('4261.7万户', { selector: 'p' })).toBeInTheDocument();
    expect(trendImage(card)).toBeNull();
  });

  it('with two points keeps the before → after pair and draws no trend', async () => {
    const card = await renderCard(testIndicator([point(BASELINE, 4022.8), point(AS_OF, 4261.7)]));
    expect(within(card).getByText('4022.8万户')).toBeInTheDocument();
    expect(within(card).getByText('“十三五”末', { exact: false })).toBeInTheDocument();
    expect(trendImage(card)).toBeNull();
  });

  it('with three irregular points draws a sparkline with dates in its text alternative, and no 同比/环比', async () => {
    const card = await renderCard(testIndicator([point('2024-01-15', 30), point('2024-09-02', 25), point(AS_OF, 40)]));
    expect(within(card).getByText('40万户', { selector: 'p' })).toBeInTheDocument();
    expect(trendImage(card)).toHaveAccessibleName(
      '走势：2024年1月15日 30万户 → 2025年7月31日 40万户；最低 2024年9月2日 25万户，最高 2025年7月31日 40万户',
    );
    expect(within(card).queryByText(/同比|环比/)).toBeNull();
  });

  it('with 24 monthly points shows the latest, a sparkline, computed 同比 and 环比, and lists no dates', async () => {
    const card = await renderCard(testIndicator(twentyFourMonths, 'monthly'));
    expect(within(card).getByText('123万户', { selector: 'p' })).toBeInTheDocument();
    expect(trendImage(card)).toHaveAccessibleName(
      '走势：2023年8月 100万户 → 2025年7月 123万户；最低 2023年8月 100万户，最高 2025年7月 123万户',
    );
    // (123 − 111) ÷ 111 = 10.81 %, (123 − 122) ÷ 122 = 0.82 %
    const computed = within(card).getByRole('list', { name: '对比（推算）' });
    expect(within(computed).getByText('同比 +10.8%', { exact: false })).toHaveTextContent('同比 +10.8% (推算)');
    expect(within(computed).getByText('环比 +0.8%', { exact: false })).toHaveTextContent('环比 +0.8% (推算)');
    expect(visibleMonthDates(card)).toEqual([]);
    // Its date is the report's: the card does not repeat it.
    expect(within(card).queryByText(/数据截至/)).toBeNull();
  });

  it('with 120 monthly points stays one headline and one sparkline', async () => {
    const observations = monthEnds(2015, 8, 120).map((date, index) => point(date, 200 + (index % 12)));
    const card = await renderCard(testIndicator(observations, 'monthly'));
    expect(within(card).getByText('211万户', { selector: 'p' })).toBeInTheDocument();
    expect(within(card).getAllByRole('img')).toHaveLength(1);
    expect(trendImage(card)).toHaveAccessibleName(
      '走势：2015年8月 200万户 → 2025年7月 211万户；最低 2015年8月 200万户，最高 2016年7月 211万户',
    );
    expect(visibleMonthDates(card)).toEqual([]);
    // Same month a year earlier is 211 too; the month before is 210: (211 − 210) ÷ 210 = 0.48 %.
    expect(within(card).getByText('同比 0%', { exact: false })).toBeInTheDocument();
    expect(within(card).getByText('环比 +0.5%', { exact: false })).toBeInTheDocument();
  });

  it('sorts an unsorted series by date: the headline is the latest date, not the last sent', async () => {
    const card = await renderCard(
      testIndicator([point(AS_OF, 123), point('2025-05-31', 121), point('2025-06-30', 122)], 'monthly'),
    );
    expect(within(card).getByText('123万户', { selector: 'p' })).toBeInTheDocument();
    expect(trendImage(card)).toHaveAccessibleName(
      '走势：2025年5月 121万户 → 2025年7月 123万户；最低 2025年5月 121万户，最高 2025年7月 123万户',
    );
  });

  it('leaves a missing month as a break in the line, and computes no 环比 across it', async () => {
    const withGap = twentyFourMonths.filter((observation) => observation.date !== '2025-06-30');
    const card = await renderCard(testIndicator(withGap, 'monthly'));
    const path = card.querySelector('[data-sparkline] path')?.getAttribute('d') ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(within(card).getByText('同比 +10.8%', { exact: false })).toBeInTheDocument();
    expect(within(card).queryByText(/环比/)).toBeNull();
  });

  it('names quarters and states its own date when it differs from the report’s', async () => {
    const quarterly = testIndicator(
      [
        point('2024-03-31', 10),
        point('2024-06-30', 11),
        point('2024-09-30', 12),
        point('2024-12-31', 13),
        point('2025-03-31', 15),
      ],
      'quarterly',
    );
    const card = await renderCard(quarterly);
    expect(within(card).getByText('数据截至 2025年第1季度')).toBeInTheDocument();
    // (15 − 10) ÷ 10 = 50 %; (15 − 13) ÷ 13 = 15.38 %
    expect(within(card).getByText('同比 +50%', { exact: false })).toBeInTheDocument();
    expect(within(card).getByText('环比 +15.4%', { exact: false })).toBeInTheDocument();
    expect(trendImage(card)).toHaveAccessibleName(
      '走势：2024年第1季度 10万户 → 2025年第1季度 15万户；最低 2024年第1季度 10万户，最高 2025年第1季度 15万户',
    );
  });

  it('names years in an annual series and gives it 同比 only', async () => {
    const annual = testIndicator(
      [point('2021-12-31', 50), point('2022-12-31', 60), point('2023-12-31', 70), point('2024-12-31', 84)],
      'annual',
    );
    const card = await renderCard(annual);
    expect(within(card).getByText('数据截至 2024年')).toBeInTheDocument();
    expect(within(card).getByText('同比 +20%', { exact: false })).toBeInTheDocument();
    expect(within(card).queryByText(/环比/)).toBeNull();
  });

  it('gives a percentage’s change in percentage points, and none where the latest is only a lower bound', async () => {
    const percent = (observations: Observation[]) =>
      testIndicator(observations, 'monthly', { id: 'test-share', unit: 'percent', multiplier: 1 });
    const card = await renderCard(percent([point('2024-07-31', 70.5), point('2025-06-30', 79.9), point(AS_OF, 80.5)]));
    expect(within(card).getByText('同比 +10个百分点', { exact: false })).toBeInTheDocument();
    expect(within(card).getByText('环比 +0.6个百分点', { exact: false })).toBeInTheDocument();
  });

  it('marks an illustrative series as not real and does not credit the source', async () => {
    // Control: the same card from real data names its source behind 查看出处, and is not marked.
    const real = await renderCard(testIndicator(twentyFourMonths, 'monthly'));
    expect(within(real).getByText('测试来源', { exact: false })).toBeInTheDocument();
    expect(within(real).queryByText('模拟序列（非真实数据）')).toBeNull();
    cleanup();
    const card = await renderCard(testIndicator(twentyFourMonths, 'monthly', { illustrative: true }));
    // On the card, and in place of the source credit behind 查看出处.
    expect(within(card).getAllByText('模拟序列（非真实数据）')).toHaveLength(2);
    expect(within(card).queryByText('测试来源')).toBeNull();
  });
});

describe('a series the contract refuses', () => {
  it('sets an indicator with two observations on one date aside, naming the rule', async () => {
    const duplicate = {
      ...testIndicator(twentyFourMonths, 'monthly'),
      observations: [...twentyFourMonths, point(AS_OF, 999)],
    };
    server.use(http.get(`${TEST_API_BASE_URL}/indicators`, () => HttpResponse.json({ items: [duplicate] })));
    const area = report.areas.find((candidate) => candidate.id === 'users');
    if (!area) throw new Error('no users area');
    renderWithApp(<AreaSection area={area} report={report} sourceCredit="测试来源" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('test-users');
    expect(alert).toHaveTextContent(messages.zh.unavailable);
    expect(alert).toHaveTextContent('two observations share the date 2025-07-31');
    expect(screen.queryByText('999万户')).toBeNull();
  });
});

describe('a chart of series', () => {
  const definition: ChartDefinition = {
    id: 'test-chart',
    area: 'users',
    build: 'before-after',
    title: { zh: '测试图表', en: 'Test chart' },
    indicatorIds: ['test-users'],
  };

  it('tabulates every month and leaves a missing one empty', async () => {
    const withGap = twentyFourMonths.filter((observation) => observation.date !== '2025-06-30');
    const spec = buildChartSpec(definition, [testIndicator(withGap, 'monthly')], report);
    if (!spec) throw new Error('no chart');
    renderWithApp(<DataTable spec={spec} />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(25); // the header and 24 months, the missing one included
    expect(screen.getByRole('row', { name: '2025年6月 —' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: '2025年7月 123万户' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '时期' })).toBeInTheDocument();
  });

  it('names quarters in English as Q1 2024', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const quarterly = testIndicator(
      [point('2024-03-31', 10), point('2024-06-30', 11), point('2024-09-30', 12)],
      'quarterly',
    );
    const spec = buildChartSpec(definition, [quarterly], report);
    if (!spec) throw new Error('no chart');
    renderWithApp(<DataTable spec={spec} />);
    expect(screen.getByRole('row', { name: 'Q1 2024 100,000' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Q3 2024 120,000' })).toBeInTheDocument();
  });
});

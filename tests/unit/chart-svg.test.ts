import { describe, expect, it } from 'vitest';
import { buildChartSvg } from '../../src/widgets/charts/export/chart-svg';
import type { ChartColours } from '../../src/widgets/charts/model/chart-colours';
import type { ChartSpec } from '../../src/widgets/charts/model/chart-model';

/** The colours the page would hand over, written out (the light theme). */
const colours: ChartColours = {
  background: '#ffffff',
  track: '#e3e8ee',
  ink: '#141b24',
  muted: '#4d5660',
  axis: '#4d5660',
  grid: '#d3d8de',
  latest: '#0056a4',
  baseline: '#92b1d3',
  positive: '#005e26',
  warning: '#844100',
};
const options = { width: 600, colours, fontFamily: 'system-ui, sans-serif' };
const text = {
  title: '移动电话与固定宽带用户较“十三五”末均有增长',
  sourceLine: '数据来源：山西日报',
  asOfLine: '数据截至 2025年7月31日',
};

const usersGrowth: ChartSpec = {
  id: 'users-growth',
  area: 'users',
  kind: 'grouped-bars',
  title: { zh: '移动电话与固定宽带用户较“十三五”末均有增长', en: 'Mobile and fixed broadband users have grown' },
  unit: 'subscriber',
  multiplier: 10_000,
  asOf: '2025-07-31',
  series: [
    { key: 'baseline', label: { zh: '“十三五”末', en: 'End of 2020' } },
    { key: 'latest', label: { zh: '2025年7月31日', en: '31 July 2025' } },
  ],
  rows: [
    {
      key: 'mobile-phone-users',
      label: { zh: '移动电话用户', en: 'Mobile phone users' },
      values: { baseline: 4022.8, latest: 4261.7 },
      derived: ['baseline'],
      atLeast: false,
    },
    {
      key: 'fixed-broadband-users',
      label: { zh: '固定宽带接入用户', en: 'Fixed broadband users' },
      values: { baseline: 1252.1, latest: 1797.5 },
      derived: ['baseline'],
      atLeast: false,
    },
  ],
};

const shares: ChartSpec = {
  id: 'users-shares',
  area: 'users',
  kind: 'share-bars',
  title: { zh: '5G用户普及率与千兆用户占比', en: '5G penetration and the gigabit share' },
  unit: 'percent',
  multiplier: 1,
  asOf: '2025-07-31',
  series: [{ key: 'share', label: { zh: '占比', en: 'Share' } }],
  rows: [
    {
      key: '5g-penetration',
      label: { zh: '5G用户普及率', en: '5G user penetration' },
      values: { share: 80.5 },
      derived: [],
      atLeast: false,
    },
    {
      key: 'gigabit-share',
      label: { zh: '千兆用户占固定宽带用户', en: 'Gigabit share of fixed broadband' },
      values: { share: 25.9 },
      derived: ['share'],
      atLeast: false,
    },
  ],
};

const ranks: ChartSpec = {
  id: 'compute-ranks',
  area: 'compute',
  kind: 'rank-dots',
  title: { zh: '综合算力指数全国排名', en: 'National compute ranks' },
  unit: 'rank',
  multiplier: 1,
  asOf: '2025-07-31',
  series: [{ key: 'rank', label: { zh: '排名', en: 'Rank' } }],
  rows: [
    {
      key: 'composite',
      label: { zh: '综合算力指数', en: 'Composite compute index' },
      values: { rank: 8 },
      derived: [],
      atLeast: false,
      rankScope: 'national',
    },
    {
      key: 'efficiency',
      label: { zh: '能效利用水平', en: 'Energy efficiency' },
      values: { rank: 5 },
      derived: [],
      atLeast: false,
      rankScope: 'national',
    },
  ],
};

/** Quarterly: two units on two axes, a third unit left to the table, a missing quarter and one derived point. */
const trend: ChartSpec = {
  id: 'users-trend',
  area: 'users',
  kind: 'time-lines',
  title: { zh: '用户与普及率：逐季走势', en: 'Users and penetration by quarter' },
  unit: 'subscriber',
  multiplier: 10_000,
  asOf: '2025-03-31',
  frequency: 'quarterly',
  illustrative: true,
  series: [
    { key: 'users', label: { zh: '移动电话用户', en: 'Mobile phone users' }, unit: 'subscriber', multiplier: 10_000 },
    { key: 'penetration', label: { zh: '5G用户普及率', en: '5G penetration' }, unit: 'percent', multiplier: 1 },
    { key: 'cable', label: { zh: '光缆线路长度', en: 'Optical cable' }, unit: 'km', multiplier: 10_000 },
  ],
  rows: [
    ['2024-03-31', 100, 50, 1],
    ['2024-06-30', 110, 55, 2],
    ['2024-09-30', undefined, 60, 3],
    ['2024-12-31', 130, 65, 4],
    ['2025-03-31', 140, 70, 5],
  ].map(([date, users, penetration, cable]) => ({
    key: String(date),
    label: { zh: String(date), en: String(date) },
    values: { users: users as number | undefined, penetration: penetration as number, cable: cable as number },
    derived: date === '2024-06-30' ? ['penetration'] : [],
    atLeast: false,
  })),
};

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror'), svg).toBeNull();
  return document;
}

const texts = (document: Document) => [...document.querySelectorAll('text')].map((element) => element.textContent);

/** What every image holds whatever the chart: the frame's text, plain colours, nothing the page's CSP forbids. */
function expectStandalone(svg: string, document: Document) {
  expect(document.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  expect(texts(document)).toEqual(expect.arrayContaining([text.sourceLine, text.asOfLine]));
  expect(svg).not.toContain('var(');
  expect(svg).not.toContain('style=');
  expect(svg).toMatch(/fill="#[0-9a-f]{6}"/);
  for (const element of document.querySelectorAll('[fill], [stroke]')) {
    for (const name of ['fill', 'stroke']) {
      const value = element.getAttribute(name);
      if (value !== null) expect(value, `${element.tagName} ${name}`).toMatch(/^(#[0-9a-f]{6}|none)$/);
    }
  }
}

describe('a chart image drawn from its spec', () => {
  it('draws grouped bars with each value at its bar, derived ones marked, the axis in 万户, and a legend', () => {
    const image = buildChartSvg(usersGrowth, 'zh', text, options);
    const document = parse(image.svg);
    expectStandalone(image.svg, document);
    expect(image.width).toBe(600);
    expect(document.documentElement.getAttribute('width')).toBe('600');
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        '移动电话与固定宽带用户较“十三五”末均有增长',
        '移动电话用户',
        '固定宽带接入用户',
        '4022.8万户（推算值）',
        '4261.7万户',
        '1252.1万户（推算值）',
        '1797.5万户',
        '“十三五”末',
        '2025年7月31日',
        '0',
        '2000',
        '4000',
        '6000',
        '万户',
      ]),
    );
    // Each series in its colour: two bars and a legend swatch each.
    expect(document.querySelectorAll('rect[fill="#0056a4"]')).toHaveLength(3);
    expect(document.querySelectorAll('rect[fill="#92b1d3"]')).toHaveLength(3);
    // The derived baselines have a dashed outline, as on the page.
    expect(document.querySelectorAll('rect[stroke-dasharray="4 3"]')).toHaveLength(2);
    expect(texts(document)).not.toContain('模拟序列（非真实数据）');
  });

  it('writes English figures in the English scale', () => {
    const image = buildChartSvg(usersGrowth, 'en', { ...text, title: 'Mobile and fixed broadband users' }, options);
    expect(texts(parse(image.svg))).toEqual(
      expect.arrayContaining(['40.228 million (Derived)', '42.617 million', 'End of 2020', 'million']),
    );
  });

  it('draws shares on a 0–100 axis over a track, the derived share marked', () => {
    const image = buildChartSvg(shares, 'zh', text, options);
    const document = parse(image.svg);
    expectStandalone(image.svg, document);
    expect(texts(document)).toEqual(
      expect.arrayContaining(['5G用户普及率', '80.5%', '25.9%（推算值）', '占比', '0', '25', '50', '75', '100', '%']),
    );
    expect(document.querySelectorAll('rect[fill="#e3e8ee"]')).toHaveLength(2);
  });

  it('draws ranks as dots on a reversed rank axis, each with its rank in words', () => {
    const image = buildChartSvg(ranks, 'zh', text, options);
    const document = parse(image.svg);
    expectStandalone(image.svg, document);
    expect(texts(document)).toEqual(
      expect.arrayContaining(['综合算力指数', '全国第8', '全国第5', '排名', '全国排名（第1为最好）', '1', '9']),
    );
    // Two dots and the legend's.
    expect(document.querySelectorAll('circle[fill="#0056a4"]')).toHaveLength(3);
    const dotX = (index: number) =>
      Number(document.querySelectorAll('circle[fill="#0056a4"]')[index]?.getAttribute('cx'));
    // 5th is nearer 1st, which is at the right.
    expect(dotX(2)).toBeGreaterThan(dotX(1));
  });

  it('draws a time chart with a line per unit’s axis, gaps, dashes, derived points and what stays in the table', () => {
    const image = buildChartSvg(trend, 'zh', text, options);
    const document = parse(image.svg);
    expectStandalone(image.svg, document);
    expect(texts(document)).toEqual(
      expect.arrayContaining([
        '模拟序列（非真实数据）',
        '移动电话用户',
        '5G用户普及率',
        '万户',
        '%',
        '0',
        '50',
        '100',
        '150',
        '75',
        '2024年第1季度',
        '2025年第1季度',
        '空心圆点为推算值（不是文中或接口给出的数值）。',
        '单位不同的序列不画在同一坐标轴上，只列在表格中：光缆线路长度',
      ]),
    );
    // The third unit has no axis: not in the legend, no line.
    expect(texts(document)).not.toContain('光缆线路长度');
    const paths = (stroke: string) => [...document.querySelectorAll(`path[stroke="${stroke}"]`)];
    // Users miss the third quarter: two pieces of line, not one line across the gap.
    expect(paths('#0056a4')).toHaveLength(2);
    expect(paths('#92b1d3')).toHaveLength(1);
    expect(paths('#92b1d3')[0]?.getAttribute('stroke-dasharray')).toBe('6 3');
    // One open circle for the derived point.
    expect(document.querySelectorAll('circle[fill="#ffffff"][stroke="#141b24"]')).toHaveLength(1);
  });

  it('stays well-formed XML with &, < and quotes in the title and labels', () => {
    const hostile = 'Users & <script>"growth"</script> \'quoted\'';
    const spec: ChartSpec = {
      ...usersGrowth,
      series: usersGrowth.series.map((series) => ({ ...series, label: { zh: `${series.label.zh} & <b>`, en: '' } })),
    };
    const image = buildChartSvg(
      spec,
      'zh',
      { ...text, title: hostile, sourceLine: '来源：A & B "C"' },
      {
        ...options,
        fontFamily: '"Noto Sans SC", sans-serif',
      },
    );
    const document = parse(image.svg);
    expect(document.querySelector('title')?.textContent).toBe(hostile);
    expect(texts(document)).toEqual(expect.arrayContaining([hostile, '来源：A & B "C"', '“十三五”末 & <b>']));
    expect(document.querySelector('script')).toBeNull();
    expect(document.documentElement.getAttribute('font-family')).toBe('"Noto Sans SC", sans-serif');
  });
});

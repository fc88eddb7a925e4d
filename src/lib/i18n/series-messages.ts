import type { Language } from './language';

/**
 * Interface text of time series (trends, computed changes, periods), in both languages. Apart from messages-zh.ts
 * and messages-en.ts because only a page with a series needs it: it loads with the series code, not with the first
 * paint, which has no room left in its budget.
 */
export const seriesMessagesZh = {
  yearOnYear: '同比',
  periodOnPeriod: { monthly: '环比', quarterly: '环比', annual: '环比' },
  computed: '推算',
  computedHint: (latest: string, earlier: string) => `由${latest}与${earlier}两个数据点计算`,
  trendAlt: (first: string, latest: string, lowest: string, highest: string) =>
    `走势：${first} → ${latest}；最低 ${lowest}，最高 ${highest}`,
  seriesSummary: (first: string, latest: string, change: string, lowest: string, highest: string) =>
    `首值 ${first}；最新 ${latest}；变化 ${change}；最低 ${lowest}；最高 ${highest}`,
  pointCount: (count: number) => `${count}个数据点`,
  periodColumn: '时期',
  seriesTableOnly: '单位不同的序列不画在同一坐标轴上，只列在表格中：',
  derivedPointNote: '空心圆点为推算值（不是文中或接口给出的数值）。',
};

export type SeriesMessages = typeof seriesMessagesZh;

export const seriesMessagesEn: SeriesMessages = {
  yearOnYear: 'YoY',
  periodOnPeriod: { monthly: 'MoM', quarterly: 'QoQ', annual: 'YoY' },
  computed: 'Computed',
  computedHint: (latest: string, earlier: string) => `Computed from the points of ${latest} and ${earlier}`,
  trendAlt: (first: string, latest: string, lowest: string, highest: string) =>
    `Trend: ${first} → ${latest}; lowest ${lowest}, highest ${highest}`,
  seriesSummary: (first: string, latest: string, change: string, lowest: string, highest: string) =>
    `First ${first}; latest ${latest}; change ${change}; lowest ${lowest}; highest ${highest}`,
  pointCount: (count: number) => `${count} points`,
  periodColumn: 'Period',
  seriesTableOnly: 'Series in other units are not drawn on the same axis; they are in the table only: ',
  derivedPointNote: 'Open circles mark derived values (computed, not given by the source or the API).',
};

export const seriesMessages: Record<Language, SeriesMessages> = { zh: seriesMessagesZh, en: seriesMessagesEn };

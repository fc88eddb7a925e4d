import type { ChartDefinition } from './chart-model';

/** The charts of each area, in order. Titles state what the chart shows; figures come from the data. */
export const chartDefinitions: ChartDefinition[] = [
  {
    id: 'scale-cumulative',
    area: 'scale',
    build: 'value-and-increase',
    title: {
      zh: '“十四五”累计电信业务总量与收入，及较“十三五”末净增',
      en: 'Telecom business volume and revenue, cumulative in the 14th plan, and their net increase',
    },
    trendTitle: {
      zh: '“十四五”累计电信业务总量与收入：逐月累计',
      en: 'Telecom business volume and revenue, cumulative in the 14th plan: month by month',
    },
    indicatorIds: ['telecom-business-volume', 'telecom-business-revenue'],
    // Its two bars are the two cards beside it (746.26亿元 would show three times on the first screen).
    repeatsCards: true,
  },
  {
    id: 'users-growth',
    area: 'users',
    build: 'before-after',
    title: {
      zh: '移动电话与固定宽带用户较“十三五”末均有增长',
      en: 'Mobile and fixed broadband users have both grown since the end of 2020',
    },
    trendTitle: { zh: '移动电话用户与固定宽带用户：逐月走势', en: 'Mobile and fixed broadband users, month by month' },
    indicatorIds: ['mobile-phone-users', 'fixed-broadband-users'],
  },
  {
    id: 'users-shares',
    area: 'users',
    build: 'shares',
    title: {
      zh: '5G用户普及率、5G流量占比与千兆用户在固定宽带中的占比',
      en: '5G user penetration, 5G share of traffic and the gigabit share of fixed broadband',
    },
    trendTitle: {
      zh: '5G用户普及率、5G流量占比与千兆用户占比：逐月走势',
      en: '5G user penetration, 5G traffic share and gigabit share, month by month',
    },
    indicatorIds: ['5g-user-penetration', '5g-traffic-share'],
    derivedShares: [
      {
        id: 'gigabit-share-of-fixed-broadband',
        label: { zh: '千兆用户占固定宽带用户', en: 'Gigabit share of fixed broadband' },
        partId: 'gigabit-broadband-users',
        wholeId: 'fixed-broadband-users',
      },
    ],
  },
  {
    id: 'network-base-stations',
    area: 'network',
    build: 'before-after',
    title: {
      zh: '移动通信基站与5G基站：5G基站从“十三五”末起大幅增加',
      en: 'Mobile base stations and 5G base stations: 5G grew most since the end of 2020',
    },
    trendTitle: { zh: '移动通信基站与5G基站：逐月走势', en: 'Mobile and 5G base stations, month by month' },
    indicatorIds: ['mobile-base-stations', '5g-base-stations'],
  },
  {
    id: 'network-ports',
    area: 'network',
    build: 'before-after',
    title: { zh: '互联网宽带接入端口较“十三五”末增加', en: 'Broadband access ports have grown since the end of 2020' },
    trendTitle: { zh: '互联网宽带接入端口：逐月走势', en: 'Broadband access ports, month by month' },
    indicatorIds: ['broadband-access-ports'],
  },
  {
    id: 'network-optical-cable',
    area: 'network',
    build: 'before-after',
    title: { zh: '光缆线路总长度较“十三五”末增加', en: 'Optical cable length has grown since the end of 2020' },
    trendTitle: { zh: '光缆线路总长度：逐月走势', en: 'Optical cable length, month by month' },
    indicatorIds: ['optical-cable-length'],
  },
  {
    id: 'compute-ranks',
    area: 'compute',
    build: 'ranks',
    repeatsCards: true,
    title: {
      zh: '综合算力指数及分指数的全国排名（第1为最好）',
      en: 'National ranks of the composite compute index and its sub-indices (1st is best)',
    },
    indicatorIds: [
      'composite-compute-index-rank',
      'energy-efficiency-rank',
      'compute-scale-rank',
      'standard-racks-in-use-rank',
      'environment-sub-index-rank',
    ],
  },
  {
    id: 'industry-smart-mines',
    area: 'industry',
    build: 'shares',
    repeatsCards: true,
    title: { zh: '智能化矿山已覆盖绝大多数煤矿', en: 'Smart mining now covers the great majority of coal mines' },
    indicatorIds: ['smart-coal-mine-coverage'],
  },
  {
    id: 'inclusion-village-5g',
    area: 'inclusion',
    build: 'before-after',
    title: { zh: '行政村5G通达率：“十三五”末与现在', en: 'Administrative villages reached by 5G: end of 2020 and now' },
    trendTitle: { zh: '行政村5G通达率：逐月走势', en: 'Administrative villages reached by 5G, month by month' },
    indicatorIds: ['village-5g-reach'],
  },
  {
    id: 'inclusion-rural-broadband',
    area: 'inclusion',
    build: 'before-after',
    title: { zh: '农村固定宽带用户：“十三五”末与现在', en: 'Rural fixed broadband users: end of 2020 and now' },
    trendTitle: { zh: '农村固定宽带用户：逐月走势', en: 'Rural fixed broadband users, month by month' },
    indicatorIds: ['rural-fixed-broadband-users'],
  },
];

import type { Report } from '../../src/api/schemas';
import { AS_OF, BASELINE } from './dates';

export const report: Report = {
  title: {
    zh: '山西信息通信业“十四五”发展成就',
    en: "Shanxi's information and communications sector in the 14th Five-Year Plan",
  },
  region: { zh: '山西省', en: 'Shanxi Province' },
  period: { start: '2021-01-01', end: '2025-12-31' },
  asOf: AS_OF,
  baselineDate: BASELINE,
  areas: [
    {
      id: 'scale',
      name: { zh: '规模', en: 'Scale' },
      heading: { zh: '规模实现新突破', en: 'Scale reaches new heights' },
    },
    { id: 'users', name: { zh: '用户', en: 'Users' }, heading: { zh: '用户规模持续增长', en: 'Users keep growing' } },
    { id: 'network', name: { zh: '网络', en: 'Network' }, heading: { zh: '网络迈上新台阶', en: 'Networks step up' } },
    {
      id: 'compute',
      name: { zh: '算力', en: 'Compute' },
      heading: { zh: '算力基础设施建设成效显著', en: 'Compute infrastructure pays off' },
    },
    {
      id: 'industry',
      name: { zh: '产业', en: 'Industry' },
      heading: { zh: '产业焕发新活力', en: 'Industry gains new vigour' },
    },
    {
      id: 'inclusion',
      name: { zh: '普惠', en: 'Inclusion' },
      heading: { zh: '智慧点亮新图景', en: 'Digital reach for all' },
    },
  ],
  source: {
    headline: '从基础联接到数智赋能 全省“十四五”信息通信业实现跨越式发展',
    author: '记者 李静',
    publication: {
      zh: '报纸版面；原文未注明报名与出版日期。',
      en: 'A newspaper page; the source names neither the paper nor the date.',
    },
  },
};

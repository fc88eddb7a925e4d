import type { Highlight } from '../../src/api/schemas';
import { quotes as Q } from './quotes';

/** The article's non-numeric achievements, in its order, each with its sentence verbatim. */
export const highlights: Highlight[] = [
  {
    id: '5g-yangfan-action-plan',
    area: 'industry',
    title: { zh: '5G应用“扬帆”行动计划', en: '5G "Sailing" application action plan' },
    summary: {
      zh: '推动5G在煤矿、医疗、教育等行业复制推广。',
      en: 'Spreads 5G applications across coal mining, healthcare, education and other sectors.',
    },
    source: { quote: Q.yangfan },
  },
  {
    id: 'gigabit-zhuiguang-action',
    area: 'industry',
    title: { zh: '千兆光网“追光行动”', en: 'Gigabit fibre "Chasing Light" campaign' },
    summary: {
      zh: '推动千兆光网向工业制造、教育、医疗等垂直行业各环节深度拓展。',
      en: 'Extends gigabit fibre into manufacturing, education, healthcare and other vertical sectors.',
    },
    source: { quote: Q.zhuiguang },
  },
  {
    id: '5g-industrial-internet',
    area: 'industry',
    title: { zh: '“5G+工业互联网”融合发展', en: '"5G + industrial internet" integration' },
    summary: {
      zh: '5G融合应用广泛渗透到教育、医疗、社会治理等多个行业领域。',
      en: '5G applications reach education, healthcare, social governance and more.',
    },
    source: { quote: Q.industrialInternet },
  },
  {
    id: 'typical-application-scenarios',
    area: 'industry',
    title: { zh: '工业互联网典型应用场景', en: 'Typical industrial internet scenarios' },
    summary: {
      zh: '远程设备操控、现场辅助装配、机器视觉质检、厂区智能物流、无人智能巡检等。',
      en: 'Remote equipment control, on-site assisted assembly, machine-vision inspection, smart plant logistics, unmanned patrols and more.',
    },
    source: {
      quote: Q.scenarios,
    },
  },
  {
    id: 'taiyuan-winery-5g-smart-factory',
    area: 'industry',
    title: { zh: '太原酒厂“5G智慧工厂”', en: 'Taiyuan Winery "5G smart factory"' },
    summary: {
      zh: '打造了太原酒厂“5G智慧工厂”等一批标杆项目。',
      en: 'One of a group of flagship projects supporting the revival of manufacturing.',
    },
    source: { quote: Q.flagship },
  },
  {
    id: 'township-5g-village-broadband',
    area: 'inclusion',
    title: { zh: '乡乡通5G、村村通宽带', en: '5G in every township, broadband in every village' },
    summary: {
      zh: '历史性实现“乡乡通5G、村村通宽带”。',
      en: 'Achieved for the first time in the province’s history.',
    },
    source: {
      quote: Q.inclusion,
    },
  },
  {
    id: 'yanmen-pass-tunnel-coverage',
    area: 'inclusion',
    title: { zh: '雁门关隧道移动通信网络覆盖', en: 'Mobile coverage in the Yanmen Pass tunnel' },
    summary: {
      zh: '终结9年无信号历史。',
      en: 'Ends nine years without a signal at this key transport link.',
    },
    source: { quote: Q.yanmen },
  },
  {
    id: 'digital-benefit-projects',
    area: 'inclusion',
    title: { zh: '数字惠民标杆项目', en: 'Flagship digital public-service projects' },
    summary: {
      zh: '围绕医疗、教育等领域打造了一批数字惠民标杆项目。',
      en: 'A group of flagship projects in healthcare, education and other fields.',
    },
    source: { quote: Q.digitalBenefit },
  },
];

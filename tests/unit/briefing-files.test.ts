// @vitest-environment node
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/widgets/briefing-files/build-deck';
import { buildWorkbook } from '../../src/widgets/briefing-files/build-workbook';
import { articleFigures } from '../fixtures/article-figures';
import { briefingInputFor } from '../setup/briefing-input';

/** The text of a part: every <a:t> run, in order, with XML entities read back. */
function runs(xml: string): string {
  return [...xml.matchAll(/<a:t(?:\s[^>]*)?>([^<]*)<\/a:t>/g)]
    .map((match) => match[1] ?? '')
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

interface Deck {
  slides: string[];
  notes: string[];
  charts: string[];
}

async function openDeck(bytes: Uint8Array): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  const numbered = (pattern: RegExp) =>
    Object.keys(zip.files)
      .flatMap((name) => {
        const match = pattern.exec(name);
        return match ? [{ name, index: Number(match[1]) }] : [];
      })
      .sort((a, b) => a.index - b.index);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    slides: await Promise.all(numbered(/^ppt\/slides\/slide(\d+)\.xml$/).map(({ name }) => read(name))),
    notes: await Promise.all(numbered(/^ppt\/notesSlides\/notesSlide(\d+)\.xml$/).map(({ name }) => read(name))),
    charts: await Promise.all(numbered(/^ppt\/charts\/chart(\d+)\.xml$/).map(({ name }) => read(name))),
  };
}

/** A chart part's values, series by series, from its cache (what PowerPoint and LibreOffice draw and edit). */
function chartValues(chartXml: string): number[][] {
  return [...chartXml.matchAll(/<c:val>.*?<c:numCache>(.*?)<\/c:numCache>/gs)].map(([, cache = '']) =>
    [...cache.matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map(([, value]) => Number(value)),
  );
}

/** The charts of the page in the article's data (chart definitions, in order), with their values written out. */
const expectedCharts: { title: string; values: number[][] }[] = [
  {
    title: '“十四五”累计电信业务总量与收入，及较“十三五”末净增',
    values: [
      [746.26, 1370.9],
      [446.26, 120.4],
    ],
  },
  {
    title: '移动电话与固定宽带用户较“十三五”末均有增长',
    values: [
      [4022.8, 1252.1],
      [4261.7, 1797.5],
    ],
  },
  // Horizontal bars are stored bottom-up: the derived gigabit share (465.2 ÷ 1797.5) first.
  { title: '5G用户普及率、5G流量占比与千兆用户在固定宽带中的占比', values: [[25.9, 68, 80.5]] },
  {
    title: '移动通信基站与5G基站：5G基站从“十三五”末起大幅增加',
    values: [
      [25.9, 1.6],
      [32.9, 11.5],
    ],
  },
  { title: '互联网宽带接入端口较“十三五”末增加', values: [[2322], [3011]] },
  { title: '光缆线路总长度较“十三五”末增加', values: [[131.7], [242]] },
  { title: '综合算力指数及分指数的全国排名（第1为最好）', values: [[8, 5, 8, 9, 8]] },
  { title: '智能化矿山已覆盖绝大多数煤矿', values: [[90]] },
  { title: '行政村5G通达率：“十三五”末与现在', values: [[65], [96]] },
  { title: '农村固定宽带用户：“十三五”末与现在', values: [[233.6], [337.5]] },
];

describe('the PowerPoint deck', () => {
  it('has a title slide, a key-figures slide, and per area its cards and one native chart per page chart', async () => {
    const deck = await openDeck(await buildDeck(briefingInputFor('zh')));
    // 1 title + 1 key figures + 6 areas' card slides + 10 chart slides.
    expect(deck.slides).toHaveLength(18);
    expect(deck.charts).toHaveLength(10);
    expect(runs(deck.slides[0] ?? '')).toContain('山西信息通信业“十四五”发展成就');
    expect(runs(deck.slides[0] ?? '')).toContain('数据截至 2025年7月31日');
    expect(runs(deck.slides[0] ?? '')).toContain('对比基准日 2020年12月31日');
    expect(runs(deck.slides[0] ?? '')).toContain('从基础联接到数智赋能 全省“十四五”信息通信业实现跨越式发展');
    // Charts are chart objects in graphic frames, never pictures.
    expect(deck.slides.join('').match(/<c:chart [^>]*r:id=/g)).toHaveLength(10);
    expect(deck.slides.join('')).not.toContain('<p:pic>');
    expectedCharts.forEach((expected, index) => {
      const chart = deck.charts[index] ?? '';
      expect(chartValues(chart), expected.title).toEqual(expected.values);
      const slide = deck.slides.find((candidate) => runs(candidate).includes(expected.title));
      expect(slide, expected.title).toBeDefined();
    });
  });

  it('draws ranks with 1st at the top and puts the unit on every value axis', async () => {
    const deck = await openDeck(await buildDeck(briefingInputFor('zh')));
    const ranks = deck.charts[6] ?? '';
    expect(ranks).toContain('<c:lineChart>');
    expect(ranks).toMatch(/<c:valAx>.*<c:orientation val="maxMin"\/>/s);
    expect(runs(ranks)).toContain('全国排名（第1为最好）');
    expect(runs(deck.charts[1] ?? '')).toContain('万户');
    expect(runs(deck.charts[0] ?? '')).toContain('亿元');
    expect(runs(deck.charts[2] ?? '')).toContain('%');
  });

  for (const language of ['zh', 'en'] as const) {
    it(`shows every figure, comparison and earlier value as the page does (${language})`, async () => {
      const deck = await openDeck(await buildDeck(briefingInputFor(language)));
      const text = deck.slides.map(runs);
      for (const figure of articleFigures) {
        const card = figure[language];
        // The area's card slide (the key-figures slide, second, shows six of them without the earlier values).
        const slide = text.slice(2).find((candidate) => candidate.includes(`${card.name}\n${card.figure}`));
        expect(slide, `${figure.id}: ${card.name} ${card.figure}`).toBeDefined();
        for (const badge of card.badges) expect(slide, figure.id).toContain(badge);
        for (const before of card.before) expect(slide, figure.id).toContain(before.text);
      }
      expect(text.every((slide) => slide.includes(language === 'zh' ? '数据截至' : 'Data as of'))).toBe(true);
      expect(text.some((slide) => slide.includes(language === 'zh' ? '模拟序列' : 'Illustrative'))).toBe(false);
    });
  }

  it('holds the source sentence of every figure in the notes of the slide that shows it', async () => {
    const deck = await openDeck(await buildDeck(briefingInputFor('zh')));
    for (const figure of articleFigures) {
      const index = deck.slides.findIndex(
        (slide, at) => at > 1 && runs(slide).includes(`${figure.zh.name}\n${figure.zh.figure}`),
      );
      const notes = runs(deck.notes[index] ?? '');
      // The article prints the figure in the sentence itself (每百人122.9部, 全国排第8).
      expect(notes, figure.id).toContain(figure.printed);
    }
    expect(runs(deck.notes[3] ?? '')).toContain(
      '截至7月底，山西信息通信业“十四五”电信业务总量累计完成746.26亿元，较“十三五”末净增446.26亿元，年均增长20%',
    );
  });

  it('marks the illustrative series on every slide, credits no article, and keeps every point of a trend', async () => {
    const deck = await openDeck(await buildDeck(briefingInputFor('zh', 'series')));
    const text = deck.slides.map(runs);
    expect(text.every((slide) => slide.includes('模拟序列（非真实数据）'))).toBe(true);
    expect(text.some((slide) => slide.includes('从基础联接到数智赋能'))).toBe(false);
    // Positive control: the article deck does credit it.
    const article = (await openDeck(await buildDeck(briefingInputFor('zh')))).slides.map(runs);
    expect(article.every((slide) => slide.includes('从基础联接到数智赋能'))).toBe(true);
    // Mobile and fixed broadband users: 120 months each (2015-08 to 2025-07), ending on the article's figures.
    const users = deck.charts[1] ?? '';
    expect(users).toContain('<c:lineChart>');
    const [mobile = [], fixed = []] = chartValues(users);
    expect(mobile).toHaveLength(120);
    expect(fixed).toHaveLength(120);
    expect(mobile.at(-1)).toBe(4261.7);
    expect(fixed.at(-1)).toBe(1797.5);
    expect(deck.notes.every((notes) => runs(notes).length > 0)).toBe(true);
  });
});

interface Sheet {
  name: string;
  rows: Map<number, Map<string, { style: string; value: string; text: boolean }>>;
}

async function openWorkbook(bytes: Uint8Array): Promise<{ sheets: Sheet[]; styles: string; workbook: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const workbook = await read('xl/workbook.xml');
  const names = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map(([, name]) => name ?? '');
  const sheets = await Promise.all(
    names.map(async (name, index) => {
      const xml = await read(`xl/worksheets/sheet${index + 1}.xml`);
      const rows = new Map<number, Map<string, { style: string; value: string; text: boolean }>>();
      for (const [, number = '', body = ''] of xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)) {
        const cells = new Map<string, { style: string; value: string; text: boolean }>();
        for (const [, column = '', attributes = '', inner = ''] of body.matchAll(
          /<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/g,
        )) {
          const text = /t="inlineStr"/.test(attributes);
          const value = text
            ? (/<t[^>]*>([^<]*)<\/t>/.exec(inner)?.[1] ?? '')
            : (/<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? '');
          cells.set(column, { style: /s="(\d+)"/.exec(attributes)?.[1] ?? '0', value, text });
        }
        rows.set(Number(number), cells);
      }
      return { name, rows };
    }),
  );
  return { sheets, styles: await read('xl/styles.xml'), workbook };
}

/** Every indicator's latest value as the article prints it, its printed unit and the digits it is shown with. */
const expectedLatest: Record<string, [number, string, string]> = {
  'telecom-business-volume': [746.26, '亿元', '0.00'],
  'telecom-business-revenue': [1370.9, '亿元', '0.0'],
  'mobile-phone-users': [4261.7, '万户', '0.0'],
  'mobile-phone-penetration': [122.9, '部/百人', '0.0'],
  '5g-user-penetration': [80.5, '%', '0.0'],
  'fixed-broadband-users': [1797.5, '万户', '0.0'],
  'gigabit-broadband-users': [465.2, '万户', '0.0'],
  '5g-traffic-share': [68, '%', '0'],
  'mobile-base-stations': [32.9, '万个', '0.0'],
  '5g-base-stations': [11.5, '万个', '0.0'],
  '5g-base-stations-per-10k-people': [33, '个/万人', '0'],
  'broadband-access-ports': [3011, '万个', '0'],
  'gigabit-cities': [7, '市', '0'],
  'optical-cable-length': [242, '万公里', '0'],
  'optical-cable-density': [15.3, '公里/平方公里', '0.0'],
  'composite-compute-index-rank': [8, '名次', '0'],
  'energy-efficiency-rank': [5, '名次', '0'],
  'compute-scale-rank': [8, '名次', '0'],
  'standard-racks-in-use-rank': [9, '名次', '0'],
  'environment-sub-index-rank': [8, '名次', '0'],
  'smart-coal-mine-coverage': [90, '%', '0'],
  'universal-service-fund': [5.3, '亿元', '0.0'],
  'relocation-sites-covered': [1122, '个', '0'],
  'relocation-sites-fibre-access-rate': [100, '%', '0'],
  'relocation-sites-4g-reach-rate': [100, '%', '0'],
  'village-5g-reach': [96, '%', '0'],
  'rural-fixed-broadband-users': [337.5, '万户', '0.0'],
  'tourism-road-5g-base-stations': [1.7, '万个', '0.0'],
};

/** The format code of a cell style (cellXfs index → numFmtId → code; 1 is the built-in "0"). */
function formatCode(styles: string, style: string): string {
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf numFmtId="(\d+)"/g)];
  const id = xfs[Number(style)]?.[1] ?? '0';
  if (id === '1') return '0';
  return new RegExp(`<numFmt numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1]?.replace(/\\/g, '') ?? 'General';
}

describe('the Excel workbook', () => {
  it('has one indicator row per figure: the printed value as a number, its unit, digits and a real date', async () => {
    const { sheets, styles, workbook } = await openWorkbook(await buildWorkbook(briefingInputFor('zh')));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['指标', '观测值', '说明']);
    const [indicators] = sheets;
    const header = indicators?.rows.get(1);
    const column = (title: string) =>
      [...(header?.entries() ?? [])].find(([, cell]) => cell.value === title)?.[0] ?? '';
    expect(indicators?.rows.size).toBe(1 + 28);
    for (const [id, [value, unit, format]] of Object.entries(expectedLatest)) {
      const row = [...(indicators?.rows.values() ?? [])].find((cells) => cells.get(column('编号'))?.value === id);
      const latest = row?.get(column('最新值'));
      expect(latest?.text, id).toBe(false);
      expect(Number(latest?.value), id).toBe(value);
      expect(formatCode(styles, latest?.style ?? ''), id).toBe(format);
      expect(row?.get(column('单位'))?.value, id).toBe(unit);
      const date = row?.get(column('日期'));
      // 2025-07-31 is day 45869 of the 1900 date system, shown as a date.
      expect(date?.value, id).toBe('45869');
      expect(formatCode(styles, date?.style ?? ''), id).toBe('yyyy-mm-dd');
    }
    const mobile = [...(indicators?.rows.values() ?? [])].find(
      (cells) => cells.get('B')?.value === 'mobile-phone-users',
    );
    expect(Number(mobile?.get(column('较“十三五”末净增'))?.value)).toBe(238.9);
    const broadband = [...(indicators?.rows.values() ?? [])].find(
      (cells) => cells.get('B')?.value === 'fixed-broadband-users',
    );
    expect(Number(broadband?.get(column('增长率（%）'))?.value)).toBe(43.6);
    const rural = [...(indicators?.rows.values() ?? [])].find(
      (cells) => cells.get('B')?.value === 'rural-fixed-broadband-users',
    );
    expect(rural?.get(column('推算值'))?.value).toBe('较“十三五”末净增');
    expect(mobile?.get(column('原文'))?.value).toContain('移动电话用户数达4261.7万户');
    expect(workbook).toContain('_xlnm._FilterDatabase');
  });

  it('lists every observation with its date as a date cell, and says where the figures come from', async () => {
    const { sheets } = await openWorkbook(await buildWorkbook(briefingInputFor('en')));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Indicators', 'Observations', 'About']);
    const [, observations, about] = sheets;
    const baseline = [...(observations?.rows.values() ?? [])].find(
      (cells) => cells.get('A')?.value === 'mobile-phone-users' && cells.get('C')?.value === '44196',
    );
    expect(Number(baseline?.get('D')?.value)).toBe(4022.8);
    expect(baseline?.get('F')?.value).toBe('yes');
    expect([...(observations?.rows.get(1)?.values() ?? [])].map((cell) => cell.value)).toEqual([
      'ID',
      'Indicator',
      'Date',
      'Value',
      'Unit (as printed)',
      'Derived',
      'Bound',
      'Source',
    ]);
    // An article figure names no source of its own: the column gives the indicator's sentence.
    expect(baseline?.get('H')?.value).toBe(
      '移动电话用户数达4261.7万户，较“十三五”末增加238.9万户，全省移动电话普及率每百人122.9部，较“十三五”末每百人净增14.7部；',
    );
    const aboutText = [...(about?.rows.values() ?? [])].map((cells) =>
      [...cells.values()].map((cell) => cell.value).join(' '),
    );
    expect(aboutText.join('\n')).toContain('从基础联接到数智赋能');
    expect(aboutText.join('\n')).not.toContain('Illustrative series');
  });

  it("ends each observation with its source: the observation's own, else the indicator's sentence (来源)", async () => {
    const input = briefingInputFor('zh');
    const later = '山西省通信管理局2025年10月通信业统计月报';
    const areas = input.areas.map(({ area, indicators }) => ({
      area,
      indicators: indicators.map((indicator) =>
        indicator.id === '5g-base-stations'
          ? {
              ...indicator,
              observations: [
                ...indicator.observations,
                { date: '2025-10-31', value: 12.1, derived: false, bound: 'exact' as const, source: later },
              ],
            }
          : indicator,
      ),
    }));
    const { sheets } = await openWorkbook(await buildWorkbook({ ...input, areas }));
    const observations = sheets[1];
    expect(observations?.rows.get(1)?.get('H')?.value).toBe('来源');
    const stations = [...(observations?.rows.values() ?? [])].filter(
      (cells) => cells.get('A')?.value === '5g-base-stations',
    );
    // 2020-12-31 (44196), 2025-07-31 (45869) and 2025-10-31 (45961).
    const quote = '其中5G基站数量达11.5万个，较“十三五”末增加9.9万个，每万人拥有5G基站数33个，中部六省排第1。';
    expect(stations.map((cells) => [cells.get('C')?.value, cells.get('D')?.value, cells.get('H')?.value])).toEqual([
      ['44196', '1.6', quote],
      ['45869', '11.5', quote],
      ['45961', '12.1', later],
    ]);
  });

  it('carries the illustrative warning and credits no article in the series scenario', async () => {
    const { sheets } = await openWorkbook(await buildWorkbook(briefingInputFor('zh', 'series')));
    const about = [...(sheets[2]?.rows.values() ?? [])].map((cells) =>
      [...cells.values()].map((cell) => cell.value).join(' '),
    );
    expect(about.join('\n')).toContain('模拟序列（非真实数据）');
    expect(about.join('\n')).not.toContain('从基础联接到数智赋能');
    // 28 indicators' monthly series: 120 months each, 69 for the seven 5G and gigabit series (from 5G's launch,
    // 2019-11, to 2025-07), 55 for the four sums since 2021 (2021-01 to 2025-07).
    expect((sheets[1]?.rows.size ?? 0) - 1).toBe(17 * 120 + 7 * 69 + 4 * 55);
  });
});

// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlights, indicators, report } from '../../mocks/data';
import { Highlight, Indicator, Report, type Multiplier, type UnitId } from '../../src/api/schemas';
import { articleFigures } from '../fixtures/article-figures';
import { articleText, seedText, sharedSeedExists, sharedSeedPath } from './source-article';
import { findTranscriptionErrors } from './transcription-check';

const byId = (id: string) => {
  const indicator = indicators.find((candidate) => candidate.id === id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  return indicator;
};
/** Decimal arithmetic on figures with at most two decimals, free of binary noise. */
const cents = (value: number) => Math.round(value * 100);

describe('the dataset transcribes the first article exactly', () => {
  it('uses the committed copy of the seed, identical to shared/seed when present', () => {
    if (sharedSeedExists) expect(seedText).toBe(readFileSync(sharedSeedPath, 'utf8'));
    expect(articleText.startsWith('\n\n从基础联接到数智赋能')).toBe(true);
    expect(articleText.endsWith('记者 李 静')).toBe(true);
  });

  it('has records that satisfy the API contract, with unique ids', () => {
    expect(Report.safeParse(report).success).toBe(true);
    for (const indicator of indicators) expect(Indicator.parse(indicator)).toEqual(indicator);
    for (const highlight of highlights) expect(Highlight.parse(highlight)).toEqual(highlight);
    const ids = [...indicators, ...highlights].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(indicators).toHaveLength(28);
    expect(highlights).toHaveLength(8);
  });

  it('quotes every sentence verbatim from the article and finds every printed value in its quote', () => {
    expect(findTranscriptionErrors(indicators, highlights, articleText)).toEqual([]);
  });

  it('would catch a value that is not in its quote, a changed quote, or a wrong comparison', () => {
    const mobileUsers = byId('mobile-phone-users');
    const wrongValue = {
      ...mobileUsers,
      observations: mobileUsers.observations.map((observation) =>
        observation.derived ? observation : { ...observation, value: 4261.8 },
      ),
    };
    const wrongPrinted = {
      ...mobileUsers,
      observations: mobileUsers.observations.map((observation) =>
        observation.derived ? observation : { ...observation, value: 4261.8, printed: '4261.8万户' },
      ),
    };
    const wrongQuote = { ...mobileUsers, source: { quote: '移动电话用户数达4261.7万户，较“十三五”末增加238.9万户。' } };
    const wrongRank = {
      ...byId('composite-compute-index-rank'),
      comparisons: [{ kind: 'rank' as const, position: 7, scope: 'national' as const, printed: '全国排第8' }],
    };
    expect(findTranscriptionErrors([wrongValue], [], articleText)).toEqual([
      'mobile-phone-users: observation 2025-07-31 value 4261.8 differs from printed "4261.7万户"',
    ]);
    expect(findTranscriptionErrors([wrongPrinted], [], articleText)).toEqual([
      'mobile-phone-users: observation 2025-07-31 "4261.8万户" is not in its quote',
    ]);
    expect(findTranscriptionErrors([wrongQuote], [], articleText)).toEqual([
      'mobile-phone-users: quote is not in the article',
    ]);
    expect(findTranscriptionErrors([wrongRank], [], articleText)).toEqual([
      'composite-compute-index-rank: rank value 7 differs from printed "全国排第8"',
    ]);
  });

  it('derives each 2020 baseline as the latest value minus the stated net increase', () => {
    const derivedBaselines = indicators.filter((indicator) => indicator.observations.some((o) => o.derived));
    expect(derivedBaselines.map((indicator) => indicator.id)).toEqual([
      'mobile-phone-users',
      'mobile-phone-penetration',
      'fixed-broadband-users',
      'mobile-base-stations',
      '5g-base-stations',
      'broadband-access-ports',
      'optical-cable-length',
    ]);
    for (const indicator of derivedBaselines) {
      const [baseline, latest] = indicator.observations;
      const increase = indicator.comparisons.find((comparison) => comparison.kind === 'net-increase');
      expect(baseline?.date).toBe(report.baselineDate);
      expect(latest?.derived).toBe(false);
      expect(increase?.kind).toBe('net-increase');
      if (!baseline || !latest || increase?.kind !== 'net-increase') continue;
      expect(cents(latest.value) - cents(increase.value), indicator.id).toBe(cents(baseline.value));
    }
  });

  it('agrees with every rate the article also states (fixed broadband: 545.4 on 1252.1 is 43.6%)', () => {
    const broadband = byId('fixed-broadband-users');
    const [baseline, latest] = broadband.observations;
    const rate = broadband.comparisons.find((comparison) => comparison.kind === 'growth-rate');
    expect(rate?.kind === 'growth-rate' && rate.percent).toBe(43.6);
    if (!baseline || !latest) throw new Error('fixed broadband needs a baseline and a latest value');
    const computed = ((cents(latest.value) - cents(baseline.value)) / cents(baseline.value)) * 100;
    expect(computed.toFixed(1)).toBe('43.6');
  });

  it('derives the rural broadband increase from the two printed values', () => {
    const rural = byId('rural-fixed-broadband-users');
    const increase = rural.comparisons[0];
    expect(increase).toMatchObject({ kind: 'net-increase', derived: true, value: 103.9 });
    const [before, after] = rural.observations;
    if (!before || !after || increase?.kind !== 'net-increase')
      throw new Error('rural broadband: two values and an increase');
    expect([before.value, after.value]).toEqual([233.6, 337.5]);
    expect(cents(after.value) - cents(before.value)).toBe(cents(increase.value));
  });

  it('leaves no number of the article out of the dataset', () => {
    // Numbers that are part of names or dates, not figures: 5G, 4G, 7月底 and the byline.
    const figures = [...articleText.matchAll(/\d+(?:\.\d+)?(?![\dG.]|月)/g)].map((match) => Number(match[0]));
    const transcribed = new Set<number>();
    for (const indicator of indicators) {
      for (const observation of indicator.observations) if (!observation.derived) transcribed.add(observation.value);
      for (const comparison of indicator.comparisons) {
        if (comparison.kind === 'net-increase' && !comparison.derived) transcribed.add(comparison.value);
        if (comparison.kind === 'rank') transcribed.add(comparison.position);
        if (comparison.kind === 'growth-rate' || comparison.kind === 'annual-growth-rate') {
          transcribed.add(comparison.percent);
        }
      }
    }
    expect(figures.length).toBeGreaterThan(40);
    expect(figures.filter((figure) => !transcribed.has(figure))).toEqual([]);
  });
});

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/**
 * What each way the article prints a figure means, written by hand: 万户 is ten thousand subscribers, 亿元 a hundred
 * million yuan, 万公里 ten thousand kilometres, and so on. Exactly one pattern must match each printed figure.
 */
const printedUnits: { pattern: RegExp; unit: UnitId; multiplier: Multiplier; bound: 'exact' | 'at-least' }[] = [
  { pattern: RegExp(`^(?:净增|增加)?${NUMBER}亿元$`), unit: 'cny', multiplier: 100_000_000, bound: 'exact' },
  { pattern: RegExp(`^(?:净增|增加)?${NUMBER}万户$`), unit: 'subscriber', multiplier: 10_000, bound: 'exact' },
  { pattern: RegExp(`^(?:净增|增加)?${NUMBER}万个$`), unit: 'unit', multiplier: 10_000, bound: 'exact' },
  { pattern: RegExp(`^(?:净增|增加)?${NUMBER}万公里$`), unit: 'km', multiplier: 10_000, bound: 'exact' },
  { pattern: RegExp(`^每百人(?:净增)?${NUMBER}部$`), unit: 'per-100-people', multiplier: 1, bound: 'exact' },
  { pattern: RegExp(`^每万人拥有5G基站数${NUMBER}个$`), unit: 'per-10k-people', multiplier: 1, bound: 'exact' },
  { pattern: RegExp(`^每平方公里${NUMBER}公里$`), unit: 'km-per-km2', multiplier: 1, bound: 'exact' },
  { pattern: RegExp(`^${NUMBER}%$`), unit: 'percent', multiplier: 1, bound: 'exact' },
  { pattern: RegExp(`^${NUMBER}%以上$`), unit: 'percent', multiplier: 1, bound: 'at-least' },
  { pattern: RegExp(`^${NUMBER}个$`), unit: 'site', multiplier: 1, bound: 'exact' },
  { pattern: RegExp(`^${NUMBER}市$`), unit: 'city', multiplier: 1, bound: 'exact' },
  { pattern: RegExp(`^${NUMBER}年$`), unit: 'year', multiplier: 1, bound: 'exact' },
  { pattern: RegExp(`^全国排第${NUMBER}$`), unit: 'rank', multiplier: 1, bound: 'exact' },
];

function readPrinted(printed: string) {
  const readings = printedUnits.flatMap(({ pattern, ...meaning }) => {
    const match = pattern.exec(printed);
    return match?.[1] === undefined ? [] : [{ ...meaning, value: Number(match[1]) }];
  });
  if (readings.length !== 1) throw new Error(`"${printed}" matches ${readings.length} printed units, not 1`);
  return readings[0] as (typeof readings)[number];
}

describe('every figure has the unit and multiplier the article prints', () => {
  it('has one hand-written article figure for every indicator, each printed in the article', () => {
    expect(articleFigures.map((figure) => figure.id)).toEqual(indicators.map((indicator) => indicator.id));
    for (const figure of articleFigures) {
      expect(articleText, figure.id).toContain(figure.printed);
      if (figure.printedIncrease) expect(articleText, figure.id).toContain(figure.printedIncrease);
    }
  });

  it.each(articleFigures.map((figure) => [figure.id, figure] as const))('%s', (id, figure) => {
    const indicator = byId(id);
    const printed = readPrinted(figure.printed);
    const latest = indicator.observations.at(-1);
    expect({ unit: indicator.unit, multiplier: indicator.multiplier }).toEqual({
      unit: printed.unit,
      multiplier: printed.multiplier,
    });
    expect({ value: latest?.value, bound: latest?.bound }).toEqual({ value: printed.value, bound: printed.bound });
    expect(indicator.area).toBe(figure.area);
    expect(indicator.measure).toBe(figure.cumulative ? 'cumulative-since-2021' : 'stock');
    const increase = indicator.comparisons.find((comparison) => comparison.kind === 'net-increase');
    if (figure.printedIncrease) {
      const printedIncrease = readPrinted(figure.printedIncrease);
      expect(printedIncrease.unit).toBe(indicator.unit);
      expect(printedIncrease.multiplier).toBe(indicator.multiplier);
      expect(increase?.kind === 'net-increase' && increase.value).toBe(printedIncrease.value);
    } else {
      expect(increase === undefined || (increase.kind === 'net-increase' && increase.derived)).toBe(true);
    }
  });
});

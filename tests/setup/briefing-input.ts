import { indicators, report } from '../../mocks/data';
import { withIllustrativeSeries } from '../../mocks/data/illustrative-series';
import type { BriefingInput } from '../../src/widgets/briefing-files/briefing-input';
import type { Language } from '../../src/domain/i18n/language';

/** The demo dataset as the page holds it after loading every area (the series scenario: as mock-api serves it). */
export function briefingInputFor(language: Language, scenario: 'article' | 'series' = 'article'): BriefingInput {
  const source = scenario === 'series' ? indicators.map((indicator) => withIllustrativeSeries(indicator)) : indicators;
  return {
    report: scenario === 'series' ? { ...report, illustrative: true } : report,
    areas: report.areas.map((area) => ({
      area,
      indicators: source.filter((indicator) => indicator.area === area.id),
    })),
    language,
    generatedAt: new Date(Date.UTC(2026, 0, 15, 8, 30)),
  };
}

/**
 * The same input with every text the API sends (names, headings, region, title, credits, notes, examples, printed
 * figures, source sentences) and every number replaced, in order, from the lists given (taken round by round): how
 * a valid-but-hostile API answer reaches the builders. Ids, dates and kinds stay, so every chart is still drawn.
 */
export function withContent(input: BriefingInput, texts: readonly string[], numbers: readonly number[]): BriefingInput {
  let nextText = 0;
  let nextNumber = 0;
  const text = () => texts[nextText++ % texts.length] ?? '';
  const number = () => numbers[nextNumber++ % numbers.length] ?? 0;
  const localized = () => ({ zh: text(), en: text() });
  const { report } = input;
  const areas = report.areas.map((area) => ({ ...area, name: localized(), heading: localized() }));
  return {
    ...input,
    report: {
      ...report,
      title: localized(),
      region: localized(),
      areas,
      source: { headline: text(), author: text(), publication: localized() },
    },
    areas: input.areas.map(({ area, indicators }) => ({
      area: areas.find((candidate) => candidate.id === area.id) ?? area,
      indicators: indicators.map((indicator) => ({
        ...indicator,
        name: localized(),
        note: indicator.note ? localized() : undefined,
        examples: indicator.examples?.map(localized),
        source: { quote: text() },
        observations: indicator.observations.map((observation) => ({
          ...observation,
          value: number(),
          printed: text(),
          source: text(),
        })),
        comparisons: indicator.comparisons.map((comparison) =>
          comparison.kind === 'rank'
            ? { ...comparison, position: number(), printed: text() }
            : comparison.kind === 'net-increase'
              ? { ...comparison, value: number(), printed: text() }
              : { ...comparison, percent: number(), printed: text() },
        ),
      })),
    })),
  };
}

/**
 * What a contract-valid API may send that XML cannot hold as it is: markup, controls, non-characters, a lone
 * surrogate, Excel's own escape and a formula.
 */
export const HOSTILE_TEXT = 'A&B <C> "D" \u0001\uFFFE\uFFFF\uD800 _x0041_ =1+1';

/** HOSTILE_TEXT as XML holds it, the characters it cannot hold dropped. */
export const HOSTILE_TEXT_KEPT = 'A&B <C> "D"  _x0041_ =1+1';

/** The demo dataset with HOSTILE_TEXT as the region and before the title and every area and indicator name. */
export function withHostileNames(input: BriefingInput): BriefingInput {
  const hostile = (text: { zh: string; en: string }) => ({
    zh: `${HOSTILE_TEXT} ${text.zh}`,
    en: `${HOSTILE_TEXT} ${text.en}`,
  });
  const areas = input.report.areas.map((area) => ({ ...area, name: hostile(area.name) }));
  return {
    ...input,
    report: {
      ...input.report,
      title: hostile(input.report.title),
      region: { zh: HOSTILE_TEXT, en: HOSTILE_TEXT },
      areas,
    },
    areas: input.areas.map(({ area, indicators }) => ({
      area: areas.find((candidate) => candidate.id === area.id) ?? area,
      indicators: indicators.map((indicator) => ({ ...indicator, name: hostile(indicator.name) })),
    })),
  };
}

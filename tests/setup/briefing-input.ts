import { indicators, report } from '../../mocks/data';
import { withIllustrativeSeries } from '../../mocks/data/illustrative-series';
import type { BriefingInput } from '../../src/widgets/briefing-files/briefing-input';
import type { Language } from '../../src/lib/i18n/language';

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

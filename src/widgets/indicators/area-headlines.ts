import { useIndicators } from '@/api/get-indicators';
import type { AreaId, Comparison, Indicator } from '@/api/schemas';
import { comparisonDirection } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { badgeComparisons, headlineFigure } from './headline-figure';

/**
 * The one figure each area leads with, the number the article opens that area with: the dashboard's key-figures
 * band and the big screen's tiles both show this choice.
 */
export const areaHeadlineIds = {
  scale: 'telecom-business-volume',
  users: 'mobile-phone-users',
  network: '5g-base-stations',
  compute: 'composite-compute-index-rank',
  industry: 'smart-coal-mine-coverage',
  inclusion: 'village-5g-reach',
} as const satisfies Record<AreaId, string>;

/** The comparison shown beside a headline figure: the first the card would show as a badge. */
export function headlineComparison(indicator: Indicator): Comparison | undefined {
  return badgeComparisons(indicator)[0];
}

/**
 * An area's headline as the key-figures band and the big screen show it: the indicator, its figure in the reader's
 * language, its latest observation and the comparison beside it. `rises` is true only for an increase, so a
 * decline never wears the growth colour.
 */
export function useAreaHeadline(area: AreaId, language: Language) {
  const query = useIndicators(area);
  const indicator = query.data?.items.find((candidate) => candidate.id === areaHeadlineIds[area]);
  const comparison = indicator ? headlineComparison(indicator) : undefined;
  return {
    query,
    indicator,
    comparison,
    rises: comparison ? comparisonDirection(comparison) === 'up' : false,
    latest: indicator?.observations.at(-1),
    figure: indicator ? headlineFigure(indicator, language) : '',
  };
}

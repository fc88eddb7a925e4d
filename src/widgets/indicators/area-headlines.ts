import type { AreaId, Comparison, Indicator } from '@/api/schemas';
import { badgeComparisons } from './headline-figure';

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

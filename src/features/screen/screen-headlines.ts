import type { AreaId } from '@/api/schemas';

/** The one figure each area leads with on the big screen: the number the article opens that area with. */
export const screenHeadlineIds = {
  scale: 'telecom-business-volume',
  users: 'mobile-phone-users',
  network: '5g-base-stations',
  compute: 'composite-compute-index-rank',
  industry: 'smart-coal-mine-coverage',
  inclusion: 'village-5g-reach',
} as const satisfies Record<AreaId, string>;

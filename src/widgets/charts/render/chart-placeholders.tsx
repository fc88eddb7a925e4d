import type { CSSProperties } from 'react';
import type { AreaId } from '@/api/schemas';
import { Skeleton } from '@/components/ui/skeleton';
import { chartDefinitions } from '@/widgets/charts/model/chart-definitions';
import { definitionChartHeight } from './chart-height';

/** Holds each chart's place in the area grid while the chart code loads, so the page does not shift. */
// CSS picks the phone or the wider height (Tailwind's sm breakpoint): reading window.innerWidth while React renders
// would force a layout per area.
export function ChartPlaceholders({ area }: { area: AreaId }) {
  return chartDefinitions
    .filter((definition) => definition.area === area && !definition.repeatsCards)
    .map((definition) => (
      <Skeleton
        key={definition.id}
        className="h-(--compact-height) rounded-xl col-span-2 sm:h-(--wide-height)"
        style={
          {
            '--compact-height': `${definitionChartHeight(definition, true)}px`,
            '--wide-height': `${definitionChartHeight(definition, false)}px`,
          } as CSSProperties
        }
      />
    ));
}

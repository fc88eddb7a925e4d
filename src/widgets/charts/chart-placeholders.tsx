import type { AreaId } from '@/api/schemas';
import { Skeleton } from '@/components/ui/skeleton';
import { chartDefinitions } from './chart-definitions';
import { definitionChartHeight } from './chart-height';

/** Holds each chart's place in the area grid while the chart code loads, so the page does not shift. */
export function ChartPlaceholders({ area }: { area: AreaId }) {
  const compact = typeof window !== 'undefined' && window.innerWidth < 640;
  return chartDefinitions
    .filter((definition) => definition.area === area)
    .map((definition) => (
      <Skeleton
        key={definition.id}
        className="rounded-xl col-span-2"
        style={{ height: definitionChartHeight(definition, compact) }}
      />
    ));
}

import { Suspense } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import type { Language } from '@/domain/i18n/language';
import { chartHeight } from './chart-height';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { LazyChartCanvas } from './lazy-chart-canvas';

/**
 * A chart laid out at width / zoom and magnified (or shrunk) by zoom, so its labels grow with it:
 * larger on the big screen, smaller in print. recharts measures the unscaled width, so the layout is the dashboard's.
 */
export function ScaledChart({
  spec,
  language,
  width,
  zoom,
  compact,
  layoutHeight,
}: {
  spec: ChartSpec;
  language: Language;
  width: number;
  zoom: number;
  compact: boolean;
  /** Height to lay the chart out in, before zoom; its own height when not given. */
  layoutHeight?: number;
}) {
  const height = layoutHeight ?? chartHeight(spec, compact);
  return (
    <div style={{ width, height: height * zoom }}>
      <div style={{ width: width / zoom, transform: `scale(${zoom})`, transformOrigin: '0 0' }}>
        <Suspense fallback={<Skeleton style={{ height }} />}>
          <LazyChartCanvas spec={spec} language={language} compact={compact} height={layoutHeight} />
        </Suspense>
      </div>
    </div>
  );
}

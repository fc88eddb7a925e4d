import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Suspense, useCallback, useRef, useState } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useNearViewport } from '@/lib/use-near-viewport';
import { useElementWidth } from '@/lib/use-element-width';
import { Skeleton } from '@/components/ui/skeleton';
import { downloadText } from '@/lib/download';
import { useI18n } from '@/lib/i18n/language-context';
import { chartToCsv, chartToJson } from './chart-export';
import { chartHeight, COMPACT_CHART_WIDTH } from './chart-height';
import type { ChartSpec } from './chart-spec';
import { describeChart } from './chart-text';
import { DataTable } from './data-table';
import { ChartImageButtons } from './chart-image-buttons';
import { LazyChartCanvas } from './lazy-chart-canvas';
import { PermalinkButton } from '@/widgets/permalink/permalink-button';
import { chartEmbedId } from '@/widgets/permalink/permalink-url';
import { IllustrativeBadge } from '@/widgets/indicators/illustrative-badge';

/** Smaller than the default button: six of them sit beside a chart's title. */
const buttonClass = 'px-2.5 py-1 text-xs font-medium';

/** A chart with its title, a switch to the table of its data, and downloads of that data. */
export function ChartFrame({ spec, sourceCredit }: { spec: ChartSpec; sourceCredit: string }) {
  const { language, t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = `chart-${spec.id}-title`;
  const [widthRef, plotWidth] = useElementWidth<HTMLDivElement>();
  // recharts is the heaviest work on the page: draw a chart only as the reader nears it.
  const [nearRef, near] = useNearViewport<HTMLDivElement>();
  const plotRef = useCallback(
    (element: HTMLDivElement | null) => {
      const cleanups = [widthRef(element), nearRef(element)];
      return () => cleanups.forEach((cleanup) => cleanup?.());
    },
    [widthRef, nearRef],
  );
  const compact = plotWidth !== undefined && plotWidth < COMPACT_CHART_WIDTH;
  const height = chartHeight(spec, compact);
  const figureRef = useRef<HTMLElement>(null);

  return (
    <Card
      as="figure"
      ref={figureRef}
      id={chartEmbedId(spec.id)}
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col sm:col-span-2"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="min-w-0 flex-1 basis-64 text-sm font-semibold text-ink">
          {spec.title[language]}
          {spec.illustrative ? <IllustrativeBadge className="ml-2 align-middle font-medium whitespace-nowrap" /> : null}
        </h3>
        <div className="flex flex-wrap gap-1.5 print:hidden">
          <div role="group" aria-label={t.viewAs} className="flex gap-1">
            <Button className={buttonClass} aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {t.chartView}
            </Button>
            <Button className={buttonClass} aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {t.tableView}
            </Button>
          </div>
          <Button
            className={buttonClass}
            onClick={() => downloadText(`${spec.id}.csv`, chartToCsv(spec, language), 'text/csv;charset=utf-8')}
          >
            {t.downloadCsv}
          </Button>
          <Button
            className={buttonClass}
            onClick={() => downloadText(`${spec.id}.json`, chartToJson(spec, sourceCredit), 'application/json')}
          >
            {t.downloadJson}
          </Button>
          <ChartImageButtons
            spec={spec}
            sourceCredit={sourceCredit}
            figureRef={figureRef}
            disabled={view !== 'chart'}
            className={buttonClass}
          />
          <PermalinkButton embedId={chartEmbedId(spec.id)} className={buttonClass} />
        </div>
      </div>
      <div ref={plotRef} className="mt-3" style={{ minHeight: height }}>
        {view === 'chart' ? (
          <>
            {/* The drawing fails alone (a chunk that did not arrive): the table and downloads keep working. */}
            <RenderGuard what={`chart:${spec.id}`} label={spec.title[language]}>
              <Suspense fallback={<Skeleton className="w-full" style={{ height }} />}>
                {near ? (
                  <LazyChartCanvas spec={spec} language={language} compact={compact} />
                ) : (
                  <Skeleton className="w-full" style={{ height }} />
                )}
              </Suspense>
            </RenderGuard>
            <p className="sr-only">{describeChart(spec, language)}</p>
          </>
        ) : (
          <DataTable spec={spec} />
        )}
      </div>
      {spec.note ? <figcaption className="mt-2 text-xs text-muted">{spec.note[language]}</figcaption> : null}
      <p className="mt-1 text-xs text-muted">
        {t.sourceLine}
        {sourceCredit}
      </p>
    </Card>
  );
}

import { Card } from '@/components/ui/card';
import { Button } from '@/components/ui/button';
import { Suspense, useCallback, useRef, useState } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useNearViewport } from '@/lib/use-near-viewport';
import { useElementWidth } from '@/lib/use-element-width';
import { Skeleton } from '@/components/ui/skeleton';
import { downloadText } from '@/lib/download';
import { useI18n } from '@/domain/i18n/language-context';
import { chartToCsv, chartToJson } from '@/widgets/charts/export/chart-export';
import { chartHeight, COMPACT_CHART_WIDTH } from './chart-height';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart } from '@/widgets/charts/model/chart-text';
import { DataTable } from './data-table';
import { useChartImageExport } from '@/widgets/charts/export/use-chart-image-export';
import { LazyChartCanvas } from './lazy-chart-canvas';
import { useChartTurn } from './chart-turns';
import { MenuButton } from '@/components/ui/menu-button';
import { PermalinkStatus } from '@/widgets/permalink/permalink-status';
import { chartEmbedId } from '@/widgets/permalink/permalink-url';
import { IllustrativeBadge } from '@/widgets/indicators/illustrative-badge';
import { usePermalinkCopy } from '@/widgets/permalink/use-permalink-copy';

const menuButtonClass =
  'rounded-md border border-line px-2.5 py-1 text-xs font-medium text-ink hover:bg-surface-muted aria-expanded:bg-surface-muted';

interface ChartFrameProps {
  spec: ChartSpec;
  /** The full article credit: in the data and image downloads, and under the chart unless `creditLink` is given. */
  sourceCredit: string;
  /** Where the page already shows the full credit: the line under the chart names the article and links there. */
  creditLink?: { title: string; href: string };
}

/** A chart with its title, a switch to the table of its data, and one menu to download or link to it. */
export function ChartFrame({ spec, sourceCredit, creditLink }: ChartFrameProps) {
  const { language, t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = `chart-${spec.id}-title`;
  const [widthRef, plotWidth] = useElementWidth<HTMLDivElement>();
  // recharts is the heaviest work on the page: draw a chart only as the reader nears it.
  const [nearRef, near] = useNearViewport<HTMLDivElement>();
  const drawn = useChartTurn(near);
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
  const image = useChartImageExport(spec, sourceCredit, figureRef);
  const permalink = usePermalinkCopy(chartEmbedId(spec.id));

  return (
    <Card
      as="figure"
      ref={figureRef}
      id={chartEmbedId(spec.id)}
      aria-labelledby={titleId}
      className="col-span-2 flex min-w-0 flex-col p-3 sm:p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <h3 id={titleId} className="min-w-0 flex-1 basis-64 text-sm font-semibold text-ink">
          {spec.title[language]}
          {spec.illustrative ? <IllustrativeBadge className="ml-2 align-middle font-medium whitespace-nowrap" /> : null}
        </h3>
        <div className="flex flex-wrap items-center gap-1.5 print:hidden">
          <div role="group" aria-label={t.viewAs} className="flex overflow-hidden rounded-md border border-line">
            {(['chart', 'table'] as const).map((option) => (
              <Button
                key={option}
                variant="segment"
                className="text-xs font-medium"
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {option === 'chart' ? t.chartView : t.tableView}
              </Button>
            ))}
          </div>
          <MenuButton
            label={t.downloadAndShare}
            className={menuButtonClass}
            items={[
              {
                label: t.downloadCsv,
                onSelect: () => downloadText(`${spec.id}.csv`, chartToCsv(spec, language), 'text/csv;charset=utf-8'),
              },
              {
                label: t.downloadJson,
                onSelect: () => downloadText(`${spec.id}.json`, chartToJson(spec, sourceCredit), 'application/json'),
              },
              // The images are drawn from the spec, not from the drawn chart: the table view can save them too.
              { label: t.downloadPng, onSelect: image.savePng },
              { label: t.downloadSvg, onSelect: image.saveSvg },
              { label: t.copyLink, onSelect: permalink.copy },
            ]}
          />
          <PermalinkStatus state={permalink.state} />
          {image.failed ? (
            <span role="alert" className="basis-full text-xs text-danger">
              {t.imageExportFailed}
            </span>
          ) : null}
        </div>
      </div>
      <div ref={plotRef} className="mt-3" style={{ minHeight: height }}>
        {view === 'chart' ? (
          <>
            {/* The drawing fails alone (a chunk that did not arrive): the table and downloads keep working. */}
            <RenderGuard what={`chart:${spec.id}`} label={spec.title[language]}>
              <Suspense fallback={<Skeleton className="w-full" style={{ height }} />}>
                {drawn ? (
                  <LazyChartCanvas spec={spec} language={language} compact={compact} />
                ) : (
                  // Still until the reader nears it: only then is the chart on its way.
                  <Skeleton className="w-full" style={{ height }} pulse={near} />
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
        {creditLink ? (
          <a href={creditLink.href} className="text-link hover:underline">
            {creditLink.title}
          </a>
        ) : (
          sourceCredit
        )}
      </p>
    </Card>
  );
}

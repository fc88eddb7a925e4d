import { lazy, Suspense, useDeferredValue, useEffect } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useIndicators } from '@/api/get-indicators';
import type { Area, Report } from '@/api/schemas';
import { Skeleton } from '@/components/ui/skeleton';
import { useI18n } from '@/domain/i18n/language-context';
import { ChartPlaceholders } from '@/widgets/charts/render/chart-placeholders';
import { IndicatorCard } from '@/widgets/indicators/indicator-card';
import { QueryState } from '@/widgets/query-state/query-state';
import { formatDate } from '@/domain/format';
import { useAreaTurn, useReportAreaSettled } from './first-screen';
import { SOURCE_CREDIT_ID, sourceTitle } from '@/widgets/source-credit/source-credit';

/** Charts, tables and downloads load after the cards: they are below the first screen and keep the entry small. */
const loadAreaCharts = () => import('@/widgets/charts/render/area-charts');
const AreaCharts = lazy(() => loadAreaCharts().then((module) => ({ default: module.AreaCharts })));

const HighlightList = lazy(() => import('./highlight-list').then((module) => ({ default: module.HighlightList })));

/**
 * Two columns even on a phone: a card whose figure does not fit half the row spans both (see figure-width).
 * From lg on, a wrapping flex row instead of a grid: items grow to fill each row and share its height, so no column
 * is left empty and no card ends above a taller chart beside it (4 cards or a chart and 2 cards a row; 6 at 3xl).
 */
const CARD_GRID =
  'grid grid-cols-2 items-start gap-2 sm:gap-3 lg:flex lg:flex-wrap lg:items-stretch lg:*:flex-[1_1_20%] lg:[&>figure]:flex-[2_1_40%] 3xl:*:basis-[15%] 3xl:[&>figure]:basis-[30%]';

/**
 * An area off screen skips style and layout until it comes near (most of the page on a phone's first load), sized
 * meanwhile by an estimate and, once drawn, by its last real size. Find-in-page, #hash links, the area index and
 * printing still reach its content (tests/e2e/skipped-areas.spec.ts).
 */
const SKIP_WHILE_OFF_SCREEN =
  '[content-visibility:auto] [contain-intrinsic-size:auto_1400px] lg:[contain-intrinsic-size:auto_800px] print:[content-visibility:visible]';

/** Placeholder cards per area while loading, matching what the article gives, so nothing shifts when data arrives. */
const expectedCards: Record<Area['id'], number> = {
  scale: 2,
  users: 6,
  network: 7,
  compute: 5,
  industry: 1,
  inclusion: 8,
};

export function AreaSection({ area, report, sourceCredit }: { area: Area; report: Report; sourceCredit: string }) {
  const { language, t } = useI18n();
  const query = useIndicators(area.id);
  // The query store updates React synchronously, which would land each area's cards as one long task. Rendering
  // them from a deferred copy lets React build them in the background in 5 ms slices and keep the page responsive.
  // And one area at a time: each area's cards commit in a frame of their own.
  const [turn, releaseTurn] = useAreaTurn(query.data !== undefined);
  const data = useDeferredValue(turn ? query.data : undefined);
  useEffect(() => {
    if (data !== undefined) releaseTurn();
  }, [data, releaseTurn]);
  const shown = {
    data,
    error: query.error,
    isPending: query.isPending,
    isError: query.isError,
    dataUpdatedAt: query.dataUpdatedAt,
    refetch: query.refetch,
  };
  useEffect(() => {
    void loadAreaCharts();
  }, []);
  useReportAreaSettled(area.id, data !== undefined || query.isError);
  const headingId = `area-${area.id}-heading`;

  return (
    <section id={area.id} aria-labelledby={headingId} className={`scroll-mt-16 ${SKIP_WHILE_OFF_SCREEN}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id={headingId} className="text-lg font-semibold text-ink sm:text-xl">
          <span className="mr-2 text-sm font-medium text-muted">{area.name[language]}</span>
          {area.heading[language]}
        </h2>
        <p className="text-xs text-muted">
          {t.asOf} {formatDate(report.asOf, language)}
        </p>
      </div>
      <div className="mt-2 sm:mt-3">
        <QueryState
          query={shown}
          errorTitle={t.areaError}
          loadingClassName={CARD_GRID}
          loading={
            <>
              {Array.from({ length: expectedCards[area.id] }, (_, index) => (
                <Skeleton key={index} className="h-36" />
              ))}
              <ChartPlaceholders area={area.id} />
            </>
          }
          empty={<p className="rounded-xl border border-dashed border-line p-4 text-sm text-muted">{t.emptyArea}</p>}
        >
          {(data, setAside) => (
            <div className={CARD_GRID}>
              {data.items.map((indicator, index) => (
                <RenderGuard
                  key={`${indicator.id}:${index}`}
                  what={`card:${indicator.id}`}
                  label={indicator.name[language]}
                  className="min-h-48"
                >
                  <IndicatorCard
                    indicator={indicator}
                    baselineDate={report.baselineDate}
                    asOf={report.asOf}
                    sourceCredit={sourceCredit}
                  />
                </RenderGuard>
              ))}
              {setAside}
              <RenderGuard what={`charts:${area.id}`} label={area.name[language]} className="col-span-2">
                <Suspense fallback={<ChartPlaceholders area={area.id} />}>
                  <AreaCharts
                    area={area.id}
                    indicators={data.items}
                    report={report}
                    sourceCredit={sourceCredit}
                    creditLink={
                      // Synthetic data has no article to point to: its line says what it is, in full.
                      report.illustrative
                        ? undefined
                        : { title: sourceTitle(report, language), href: `#${SOURCE_CREDIT_ID}` }
                    }
                  />
                </Suspense>
              </RenderGuard>
            </div>
          )}
        </QueryState>
        <RenderGuard what={`highlights:${area.id}`} label={`${area.name[language]} · ${t.highlights}`} className="mt-4">
          <Suspense fallback={null}>
            <HighlightList area={area.id} />
          </Suspense>
        </RenderGuard>
      </div>
    </section>
  );
}

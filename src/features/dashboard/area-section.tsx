import { lazy, Suspense, useEffect } from 'react';
import { useIndicators } from '@/api/get-indicators';
import type { Area, Report } from '@/api/schemas';
import { LazyApiErrorAlert } from '@/widgets/api-error/lazy-api-error-alert';
import { Skeleton } from '@/components/ui/skeleton';
import { useI18n } from '@/lib/i18n/language-context';
import { ChartPlaceholders } from '@/widgets/charts/chart-placeholders';
import { IndicatorCard } from '@/widgets/indicators/indicator-card';
import { formatDate, formatTime } from '@/lib/format';
import { SOURCE_CREDIT_ID, sourceTitle } from '@/widgets/source-credit/source-credit';

/** Charts, tables and downloads load after the cards: they are below the first screen and keep the entry small. */
const loadAreaCharts = () => import('@/widgets/charts/area-charts');
const AreaCharts = lazy(() => loadAreaCharts().then((module) => ({ default: module.AreaCharts })));

const UnavailableCard = lazy(() =>
  import('@/widgets/indicators/unavailable-card').then((module) => ({ default: module.UnavailableCard })),
);
const HighlightList = lazy(() => import('./highlight-list').then((module) => ({ default: module.HighlightList })));

/** Two columns even on a phone: a card whose figure does not fit half the row spans both (see figure-width). */
const CARD_GRID =
  'grid grid-flow-row-dense grid-cols-2 items-start gap-2 sm:gap-3 lg:grid-cols-3 xl:grid-cols-4 3xl:grid-cols-6';

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
  useEffect(() => {
    void loadAreaCharts();
  }, []);
  const headingId = `area-${area.id}-heading`;

  return (
    <section id={area.id} aria-labelledby={headingId} className="scroll-mt-16">
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
        {query.isPending ? (
          <div className={CARD_GRID} aria-busy="true">
            <p className="sr-only">{t.loading}</p>
            {Array.from({ length: expectedCards[area.id] }, (_, index) => (
              <Skeleton key={index} className="h-36" />
            ))}
            <ChartPlaceholders area={area.id} />
          </div>
        ) : !query.data ? (
          <LazyApiErrorAlert title={t.areaError} error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            {query.isError ? (
              <div className="mb-3">
                <LazyApiErrorAlert
                  title={`${t.staleData} (${t.fetchedAt} ${formatTime(query.dataUpdatedAt, language)})`}
                  error={query.error}
                  onRetry={() => void query.refetch()}
                />
              </div>
            ) : null}
            {query.data.items.length === 0 && query.data.rejected.length === 0 ? (
              <p className="rounded-xl border border-dashed border-line p-4 text-sm text-muted">{t.emptyArea}</p>
            ) : null}
            <div className={CARD_GRID}>
              {query.data.items.map((indicator) => (
                <IndicatorCard
                  key={indicator.id}
                  indicator={indicator}
                  baselineDate={report.baselineDate}
                  asOf={report.asOf}
                  sourceCredit={sourceCredit}
                />
              ))}
              {query.data.rejected.map((rejected) => (
                <Suspense key={`rejected-${rejected.index}`} fallback={<Skeleton className="h-36" />}>
                  <UnavailableCard rejected={rejected} onRetry={() => void query.refetch()} />
                </Suspense>
              ))}
              <Suspense fallback={<ChartPlaceholders area={area.id} />}>
                <AreaCharts
                  area={area.id}
                  indicators={query.data.items}
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
            </div>
          </>
        )}
        <Suspense fallback={null}>
          <HighlightList area={area.id} />
        </Suspense>
      </div>
    </section>
  );
}

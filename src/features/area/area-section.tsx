import { useIndicators } from '../../api/get-indicators';
import type { Area, Report } from '../../api/schemas';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Skeleton } from '../../components/ui/skeleton';
import { useI18n } from '../../lib/i18n/language-context';
import { AreaCharts } from '../charts/area-charts';
import { HighlightList } from '../highlights/highlight-list';
import { IndicatorCard } from '../indicators/indicator-card';
import { UnavailableCard } from '../indicators/unavailable-card';
import { formatTime } from '../../lib/format';

const CARD_GRID = 'grid grid-flow-row-dense items-start gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4 3xl:grid-cols-6';

/** Placeholder cards per area while loading, matching what the article gives, so nothing shifts when data arrives. */
const expectedCards: Record<Area['id'], number> = { scale: 2, users: 6, network: 7, compute: 5, industry: 1, inclusion: 8 };

export function AreaSection({ area, report, sourceCredit }: { area: Area; report: Report; sourceCredit: string }) {
  const { language, t } = useI18n();
  const query = useIndicators(area.id);
  const headingId = `area-${area.id}-heading`;

  return (
    <section id={area.id} aria-labelledby={headingId} className="scroll-mt-16">
      <h2 id={headingId} className="text-xl font-semibold text-ink">
        <span className="mr-2 text-sm font-medium text-muted">{area.name[language]}</span>
        {area.heading[language]}
      </h2>
      <div className="mt-3">
        {query.isPending ? (
          <div className={CARD_GRID} aria-busy="true">
            <p className="sr-only">{t.loading}</p>
            {Array.from({ length: expectedCards[area.id] }, (_, index) => (
              <Skeleton key={index} className="h-48" />
            ))}
          </div>
        ) : !query.data ? (
          <ApiErrorAlert title={t.areaError} error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            {query.isError ? (
              <div className="mb-3">
                <ApiErrorAlert
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
                  sourceCredit={sourceCredit}
                />
              ))}
              {query.data.rejected.map((rejected) => (
                <UnavailableCard key={`rejected-${rejected.index}`} rejected={rejected} onRetry={() => void query.refetch()} />
              ))}
              <AreaCharts area={area.id} indicators={query.data.items} report={report} sourceCredit={sourceCredit} />
            </div>
          </>
        )}
        <HighlightList area={area.id} />
      </div>
    </section>
  );
}

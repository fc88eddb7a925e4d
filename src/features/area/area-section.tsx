import type { ReactNode } from 'react';
import { useIndicators } from '../../api/get-indicators';
import type { Area } from '../../api/schemas';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { Skeleton } from '../../components/ui/skeleton';
import { useI18n } from '../../lib/i18n/language-context';
import { IndicatorCard } from '../indicators/indicator-card';

const PLACEHOLDER_CARDS = 4;

export function AreaSection({ area, sourceCredit, children }: { area: Area; sourceCredit: string; children?: ReactNode }) {
  const { language, t } = useI18n();
  const query = useIndicators(area.id);
  const headingId = `area-${area.id}-heading`;

  return (
    <section id={area.id} aria-labelledby={headingId} className="scroll-mt-20">
      <h2 id={headingId} className="text-xl font-semibold text-ink">
        {area.heading[language]}
      </h2>
      <div className="mt-3">
        {query.isPending ? (
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" aria-busy="true">
            <p className="sr-only">{t.loading}</p>
            {Array.from({ length: PLACEHOLDER_CARDS }, (_, index) => (
              <Skeleton key={index} className="h-44" />
            ))}
          </div>
        ) : query.isError ? (
          <ApiErrorAlert title={t.areaError} error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
              {query.data.items.map((indicator) => (
                <IndicatorCard key={indicator.id} indicator={indicator} sourceCredit={sourceCredit} />
              ))}
              {query.data.rejected.map((rejected) => (
                <div
                  key={`rejected-${rejected.index}`}
                  role="alert"
                  className="rounded-xl border border-dashed border-danger/50 p-4 text-sm text-muted"
                >
                  <p className="font-medium text-ink">{rejected.id ?? `#${rejected.index + 1}`}</p>
                  <p>{t.unavailable}</p>
                </div>
              ))}
            </div>
            {children}
          </>
        )}
      </div>
    </section>
  );
}

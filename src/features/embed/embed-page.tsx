import { useMemo } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { isApiRequestError } from '@/api/api-error';
import { useIndicator } from '@/api/get-indicator';
import { useIndicators } from '@/api/get-indicators';
import { useReport } from '@/api/get-report';
import { ApiErrorAlert } from '@/widgets/api-error/api-error-alert';
import { Skeleton } from '@/components/ui/skeleton';
import { useI18n } from '@/lib/i18n/language-context';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { useThemeOverride } from '@/lib/theme/use-theme-override';
import { ChartFrame } from '@/widgets/charts/chart-frame';
import { buildChartSpec, type ChartDefinition } from '@/widgets/charts/chart-spec';
import { IndicatorCard } from '@/widgets/indicators/indicator-card';
import { pageHref } from '@/lib/page-address';
import { embedTheme, parseEmbedTarget, truncateForEcho } from './embed-target';

function NotFound({ embedId }: { embedId: string }) {
  const { t } = useI18n();
  return (
    <>
      <div role="alert" className="rounded-xl border border-danger/40 bg-danger-soft p-4 text-ink">
        <p className="font-semibold">{t.embedNotFoundTitle}</p>
        <p className="mt-1 text-sm break-words">{t.embedNotFound(truncateForEcho(embedId))}</p>
      </div>
      <EmbedFooter credit={undefined} mocks={false} />
    </>
  );
}

/** The source credit (unless the embedded element already shows it), the demo-data mark and a way to the whole dashboard. */
function EmbedFooter({ credit, mocks }: { credit: string | undefined; mocks: boolean }) {
  const { language, t } = useI18n();
  return (
    <p className="mt-2 text-xs text-muted">
      {credit ? `${t.sourceLine}${credit} · ` : ''}
      {mocks ? `${t.demoData} · ` : ''}
      <a className="text-link underline" href={pageHref('', `?lang=${language}`)} target="_top">
        {t.openDashboard}
      </a>
    </p>
  );
}

function EmbeddedIndicator({ indicatorId, embedId, mocks }: { indicatorId: string; embedId: string; mocks: boolean }) {
  const { language, t } = useI18n();
  const report = useReport();
  const indicator = useIndicator(indicatorId);
  if (isApiRequestError(indicator.error) && indicator.error.status === 404) return <NotFound embedId={embedId} />;
  const failed = indicator.error ?? report.error;
  if (failed) {
    return (
      <ApiErrorAlert
        title={t.areaError}
        error={failed}
        onRetry={() => void Promise.all([report.refetch(), indicator.refetch()])}
      />
    );
  }
  if (!indicator.data || !report.data) return <Skeleton className="h-48" />;
  const credit = sourceCredit(report.data, language);
  return (
    <>
      {/* Alone in a host page, nothing else states the card's date: it states its own. */}
      <RenderGuard what={`card:${indicator.data.id}`} label={indicator.data.name[language]}>
        <IndicatorCard
          indicator={indicator.data}
          baselineDate={report.data.baselineDate}
          asOf={undefined}
          sourceCredit={credit}
        />
      </RenderGuard>
      <EmbedFooter credit={credit} mocks={mocks} />
    </>
  );
}

function EmbeddedChart({
  definition,
  embedId,
  mocks,
}: {
  definition: ChartDefinition;
  embedId: string;
  mocks: boolean;
}) {
  const { language, t } = useI18n();
  const report = useReport();
  const indicators = useIndicators(definition.area);
  const spec = useMemo(
    () => (report.data && indicators.data ? buildChartSpec(definition, indicators.data.items, report.data) : undefined),
    [definition, indicators.data, report.data],
  );
  const failed = indicators.error ?? report.error;
  if (failed) {
    return (
      <ApiErrorAlert
        title={t.areaError}
        error={failed}
        onRetry={() => void Promise.all([report.refetch(), indicators.refetch()])}
      />
    );
  }
  if (!report.data || !indicators.data) return <Skeleton className="h-64" />;
  if (!spec) return <NotFound embedId={embedId} />;
  const credit = sourceCredit(report.data, language);
  return (
    <>
      <RenderGuard what={`chart:${spec.id}`} label={spec.title[language]}>
        <ChartFrame spec={spec} sourceCredit={credit} />
      </RenderGuard>
      <EmbedFooter credit={undefined} mocks={mocks} />
    </>
  );
}

/** /embed/<id>: one card or one chart alone, for an iframe, in the ?lang= language and ?theme= colours. */
export function EmbedPage({ embedId, mocks }: { embedId: string; mocks: boolean }) {
  useThemeOverride(embedTheme(window.location.search));
  const target = parseEmbedTarget(embedId);
  return (
    <main className="min-h-screen bg-canvas p-3 text-ink">
      {target.kind === 'chart' ? (
        <EmbeddedChart definition={target.definition} embedId={embedId} mocks={mocks} />
      ) : target.kind === 'indicator' ? (
        <EmbeddedIndicator indicatorId={target.indicatorId} embedId={embedId} mocks={mocks} />
      ) : (
        <NotFound embedId={embedId} />
      )}
    </main>
  );
}

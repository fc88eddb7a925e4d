import { useMemo } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { isApiRequestError } from '@/api/api-error';
import { useIndicator } from '@/api/get-indicator';
import { useIndicators } from '@/api/get-indicators';
import { useReport } from '@/api/get-report';
import { bothQueries } from '@/widgets/query-state/both-queries';
import { QueryState } from '@/widgets/query-state/query-state';
import { Alert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { useI18n } from '@/domain/i18n/language-context';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { useThemeOverride } from '@/lib/theme/use-theme-override';
import { ChartFrame } from '@/widgets/charts/render/chart-frame';
import { buildChartSpec } from '@/widgets/charts/model/chart-spec';
import type { ChartDefinition } from '@/widgets/charts/model/chart-model';
import { IndicatorCard } from '@/widgets/indicators/indicator-card';
import { pageHref } from '@/lib/page-address';
import { useDeploymentWatch } from '@/domain/refresh/use-deployment-watch';
import { embedTheme, parseEmbedTarget, truncateForEcho } from './embed-target';

function NotFound({ embedId }: { embedId: string }) {
  const { t } = useI18n();
  return (
    <>
      <Alert title={t.embedNotFoundTitle} className="rounded-xl text-base">
        <p className="mt-1 text-sm break-words">{t.embedNotFound(truncateForEcho(embedId))}</p>
      </Alert>
      <EmbedFooter credit={undefined} />
    </>
  );
}

/** The source credit (unless the embedded element already shows it), and a way to the whole dashboard. */
function EmbedFooter({ credit }: { credit: string | undefined }) {
  const { language, t } = useI18n();
  return (
    <p className="mt-2 text-xs text-muted">
      {credit ? `${t.sourceLine}${credit} · ` : ''}
      <a className="text-link underline" href={pageHref('', `?lang=${language}`)} target="_top">
        {t.openDashboard}
      </a>
    </p>
  );
}

function EmbeddedIndicator({ indicatorId, embedId }: { indicatorId: string; embedId: string }) {
  const { language, t } = useI18n();
  const report = useReport();
  const indicator = useIndicator(indicatorId);
  if (isApiRequestError(indicator.error) && indicator.error.status === 404) return <NotFound embedId={embedId} />;
  return (
    <QueryState query={bothQueries(indicator, report)} errorTitle={t.areaError} loading={<Skeleton className="h-48" />}>
      {([indicatorData, reportData]) => {
        const credit = sourceCredit(reportData, language);
        return (
          <>
            {/* Alone in a host page, nothing else states the card's date: it states its own. */}
            <RenderGuard what={`card:${indicatorData.id}`} label={indicatorData.name[language]}>
              <IndicatorCard
                indicator={indicatorData}
                baselineDate={reportData.baselineDate}
                asOf={undefined}
                sourceCredit={credit}
              />
            </RenderGuard>
            <EmbedFooter credit={credit} />
          </>
        );
      }}
    </QueryState>
  );
}

function EmbeddedChart({ definition, embedId }: { definition: ChartDefinition; embedId: string }) {
  const { language, t } = useI18n();
  const report = useReport();
  const indicators = useIndicators(definition.area);
  const spec = useMemo(
    () => (report.data && indicators.data ? buildChartSpec(definition, indicators.data.items, report.data) : undefined),
    [definition, indicators.data, report.data],
  );
  return (
    <QueryState
      query={bothQueries(indicators, report)}
      errorTitle={t.areaError}
      loading={<Skeleton className="h-64" />}
    >
      {([, reportData]) =>
        spec ? (
          <>
            <RenderGuard what={`chart:${spec.id}`} label={spec.title[language]}>
              <ChartFrame spec={spec} sourceCredit={sourceCredit(reportData, language)} />
            </RenderGuard>
            <EmbedFooter credit={undefined} />
          </>
        ) : (
          <NotFound embedId={embedId} />
        )
      }
    </QueryState>
  );
}

/** /embed/<id>: one card or one chart alone, for an iframe, in the ?lang= language and ?theme= colours. */
// An embed carries no demo mark: its figures are the article's whichever service answers (mocks is in the routes' common props).
export function EmbedPage({ embedId }: { embedId: string; mocks: boolean }) {
  useThemeOverride(embedTheme(window.location.search));
  useDeploymentWatch();
  const target = parseEmbedTarget(embedId);
  return (
    <main className="min-h-screen bg-canvas p-3 text-ink">
      {target.kind === 'chart' ? (
        <EmbeddedChart definition={target.definition} embedId={embedId} />
      ) : target.kind === 'indicator' ? (
        <EmbeddedIndicator indicatorId={target.indicatorId} embedId={embedId} />
      ) : (
        <NotFound embedId={embedId} />
      )}
    </main>
  );
}

import { useMemo } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useIndicators } from '@/api/get-indicators';
import type { Area, Report } from '@/api/schemas';
import { useI18n } from '@/lib/i18n/language-context';
import { buildAreaChartSpecs } from '@/widgets/charts/model/area-chart-specs';
import { chartHeight } from '@/widgets/charts/render/chart-height';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart } from '@/widgets/charts/model/chart-text';
import { ScaledChart } from '@/widgets/charts/render/scaled-chart';
import { QueryState } from '@/widgets/query-state/query-state';

/** Design pixels of the chart column on the 1920 × 1080 canvas. */
const PANEL_CHART_WIDTH = 700;
const PANEL_CHART_HEIGHT = 640;
/** The caption's two lines, the gap above the chart (labels of the top row reach over the plot's edge) and the gap below. */
const CHART_TITLE_HEIGHT = 72;
/**
 * Charts are drawn in the dashboard's phone layout (names above the bars, so the bars get the width) and
 * magnified so their labels read from across a room.
 */
const MAX_CHART_ZOOM = 1.8;
/** Rank dots need their name axis (names above dots collide); below this drawn width it squeezes the plot. */
const FULL_LAYOUT_MIN_WIDTH = 600;

const screenLayoutIsCompact = (spec: ChartSpec) => spec.kind !== 'rank-dots';
/** More would shrink every chart below legibility; the dashboard and the report show the rest. */
const CHARTS_PER_AREA = 2;

export function ScreenChartPanel({
  area,
  report,
  tabId,
  panelId,
}: {
  area: Area;
  report: Report;
  tabId: string;
  panelId: string;
}) {
  const { language, t } = useI18n();
  const query = useIndicators(area.id);
  const specs = useMemo(
    () => (query.data ? buildAreaChartSpecs(area.id, query.data.items, report).slice(0, CHARTS_PER_AREA) : []),
    [area.id, query.data, report],
  );
  const naturalHeight = specs.reduce((sum, spec) => sum + chartHeight(spec, screenLayoutIsCompact(spec)), 0);
  const fittingZoom = Math.min(
    MAX_CHART_ZOOM,
    (PANEL_CHART_HEIGHT - specs.length * CHART_TITLE_HEIGHT) / Math.max(naturalHeight, 1),
  );

  return (
    <section
      role="tabpanel"
      id={panelId}
      aria-labelledby={tabId}
      tabIndex={0}
      className="flex min-h-0 flex-col rounded-2xl border border-line bg-surface p-6"
    >
      <p className="text-xl font-semibold text-link">{area.name[language]}</p>
      <h2 className="truncate text-[32px] leading-tight font-bold text-ink">{area.heading[language]}</h2>
      <div className="mt-3 flex flex-col gap-2">
        <QueryState query={query} errorTitle={t.areaError}>
          {() => (
            <>
              {specs.map((spec) => {
                const compact = screenLayoutIsCompact(spec);
                const zoom = compact ? fittingZoom : Math.min(fittingZoom, PANEL_CHART_WIDTH / FULL_LAYOUT_MIN_WIDTH);
                return (
                  <RenderGuard key={spec.id} what={`chart:${spec.id}`} label={spec.title[language]}>
                    <figure aria-label={spec.title[language]}>
                      <figcaption
                        className="line-clamp-2 text-xl leading-snug text-muted"
                        style={{ height: CHART_TITLE_HEIGHT - 20 }}
                      >
                        {spec.title[language]}
                      </figcaption>
                      {/* Two-line rank labels reach above the plot's top edge: room for them, and no clipping. */}
                      <div className="pt-3 [&_.recharts-surface]:overflow-visible">
                        <ScaledChart
                          spec={spec}
                          language={language}
                          width={PANEL_CHART_WIDTH}
                          zoom={zoom}
                          compact={compact}
                        />
                      </div>
                      <p className="sr-only">{describeChart(spec, language)}</p>
                    </figure>
                  </RenderGuard>
                );
              })}
            </>
          )}
        </QueryState>
      </div>
    </section>
  );
}

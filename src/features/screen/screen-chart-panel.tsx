import { memo, useMemo } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useIndicators } from '@/api/get-indicators';
import type { Area, Report } from '@/api/schemas';
import { useI18n } from '@/domain/i18n/language-context';
import { buildAreaChartSpecs } from '@/widgets/charts/model/area-chart-specs';
import { chartHeight } from '@/widgets/charts/render/chart-height';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart } from '@/widgets/charts/model/chart-text';
import { ScaledChart } from '@/widgets/charts/render/scaled-chart';
import { QueryState } from '@/widgets/query-state/query-state';

/** Design pixels of the chart column on the 1920 × 1080 canvas. */
const PANEL_CHART_WIDTH = 700;
/** The panel is as tall as the tile grid beside it; this is what its charts and their captions may fill. */
const PANEL_CHART_HEIGHT = 600;
/** The caption's two lines, the gap above the chart (labels of the top row reach over the plot's edge) and the gap below. */
const CHART_TITLE_HEIGHT = 72;
/**
 * Charts are drawn in the dashboard's phone layout (names above the bars and dots, so the plot gets the width),
 * magnified so their 12 px text is drawn at 19 px, and laid out tall enough to fill the panel: rows, bars and the
 * gaps between value labels grow with the height, so no two labels meet.
 */
const CHART_ZOOM = 1.6;

/** More would shrink every chart below legibility; the dashboard and the report show the rest. */
const CHARTS_PER_AREA = 2;

const naturalHeightOf = (spec: ChartSpec) => chartHeight(spec, true);

/** The area's first charts: the second only when both fit at their own height, magnified. */
function chartsThatFit(specs: ChartSpec[]): ChartSpec[] {
  const shown: ChartSpec[] = [];
  let used = 0;
  for (const spec of specs.slice(0, CHARTS_PER_AREA)) {
    const needed = naturalHeightOf(spec) * CHART_ZOOM + CHART_TITLE_HEIGHT;
    if (shown.length > 0 && used + needed > PANEL_CHART_HEIGHT) break;
    shown.push(spec);
    used += needed;
  }
  return shown;
}

/**
 * An area's charts, drawn in the tab panel the board puts around them. Memoised: the board re-renders at each
 * rotation step and idle change; the charts only with their area, their data or the language.
 */
export const ScreenChartPanel = memo(function ScreenChartPanel({ area, report }: { area: Area; report: Report }) {
  const { language, t } = useI18n();
  const query = useIndicators(area.id);
  const specs = useMemo(
    () => (query.data ? chartsThatFit(buildAreaChartSpecs(area.id, query.data.items, report)) : []),
    [area.id, query.data, report],
  );
  // The panel's height is shared in proportion to each chart's own height.
  const naturalHeight = specs.reduce((sum, spec) => sum + naturalHeightOf(spec), 0);
  const layoutScale =
    (PANEL_CHART_HEIGHT - specs.length * CHART_TITLE_HEIGHT) / CHART_ZOOM / Math.max(naturalHeight, 1);

  return (
    <section className="flex h-full min-h-0 flex-col rounded-2xl border border-line bg-surface p-6">
      <p className="text-xl font-semibold text-link">{area.name[language]}</p>
      <h2 className="truncate text-[32px] leading-tight font-bold text-ink">{area.heading[language]}</h2>
      <div className="mt-3 flex min-h-0 flex-1 flex-col justify-evenly">
        <QueryState query={query} errorTitle={t.areaError}>
          {() => (
            <>
              {specs.map((spec) => {
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
                          zoom={CHART_ZOOM}
                          compact
                          layoutHeight={Math.floor(naturalHeightOf(spec) * layoutScale)}
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
});

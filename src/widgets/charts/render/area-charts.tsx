import { useMemo } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useI18n } from '@/domain/i18n/language-context';
import type { AreaId, Indicator, Report } from '@/api/schemas';
import { buildAreaChartSpecs, findChartDefinition } from '@/widgets/charts/model/area-chart-specs';
import { ChartFrame } from './chart-frame';

/** The area's charts that add to its cards, as items of the area grid (each spans two card columns, the whole row on a phone). */
export function AreaCharts({
  area,
  indicators,
  report,
  sourceCredit,
  creditLink,
}: {
  area: AreaId;
  indicators: Indicator[];
  report: Report;
  sourceCredit: string;
  creditLink: { title: string; href: string } | undefined;
}) {
  const { language } = useI18n();
  const specs = useMemo(
    () => buildAreaChartSpecs(area, indicators, report).filter((spec) => !findChartDefinition(spec.id)?.repeatsCards),
    [area, indicators, report],
  );
  return specs.map((spec) => (
    <RenderGuard key={spec.id} what={`chart:${spec.id}`} label={spec.title[language]} className="col-span-2">
      <ChartFrame spec={spec} sourceCredit={sourceCredit} creditLink={creditLink} />
    </RenderGuard>
  ));
}

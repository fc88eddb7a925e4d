import { useMemo } from 'react';
import type { AreaId, Indicator, Report } from '@/api/schemas';
import { buildAreaChartSpecs } from './area-chart-specs';
import { ChartFrame } from './chart-frame';

/** The area's charts, as items of the area grid (each spans two card columns, the whole row on a phone). */
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
  const specs = useMemo(() => buildAreaChartSpecs(area, indicators, report), [area, indicators, report]);
  return specs.map((spec) => (
    <ChartFrame key={spec.id} spec={spec} sourceCredit={sourceCredit} creditLink={creditLink} />
  ));
}

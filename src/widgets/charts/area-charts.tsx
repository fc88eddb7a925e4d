import { useMemo } from 'react';
import type { AreaId, Indicator, Report } from '@/api/schemas';
import { buildAreaChartSpecs } from './area-chart-specs';
import { ChartFrame } from './chart-frame';

/** The area's charts, as items of the area grid (each spans two card columns). */
export function AreaCharts({
  area,
  indicators,
  report,
  sourceCredit,
}: {
  area: AreaId;
  indicators: Indicator[];
  report: Report;
  sourceCredit: string;
}) {
  const specs = useMemo(() => buildAreaChartSpecs(area, indicators, report), [area, indicators, report]);
  return specs.map((spec) => <ChartFrame key={spec.id} spec={spec} sourceCredit={sourceCredit} />);
}

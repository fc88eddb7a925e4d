import { useMemo } from 'react';
import type { AreaId, Indicator, Report } from '../../api/schemas';
import { ChartFrame } from './chart-frame';
import { chartDefinitions } from './chart-definitions';
import { buildChartSpec } from './chart-spec';

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
  const specs = useMemo(
    () =>
      chartDefinitions
        .filter((definition) => definition.area === area)
        .flatMap((definition) => buildChartSpec(definition, indicators, report) ?? []),
    [area, indicators, report],
  );
  return specs.map((spec) => <ChartFrame key={spec.id} spec={spec} sourceCredit={sourceCredit} />);
}

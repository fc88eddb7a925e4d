import { useMemo } from 'react';
import type { AreaId, Indicator, Report } from '../../api/schemas';
import { ChartFrame } from './chart-frame';
import { chartDefinitions } from './chart-definitions';
import { buildChartSpec } from './chart-spec';

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
  if (specs.length === 0) return null;
  return (
    <div className="mt-4 grid gap-3 lg:grid-cols-2">
      {specs.map((spec) => (
        <ChartFrame key={spec.id} spec={spec} sourceCredit={sourceCredit} />
      ))}
    </div>
  );
}

import type { AreaId, Indicator, Report } from '@/api/schemas';
import { chartDefinitions } from './chart-definitions';
import { buildChartSpec } from './chart-spec';
import type { ChartDefinition, ChartSpec } from './chart-model';

/** The charts of one area that its indicators allow, in definition order. */
export function buildAreaChartSpecs(area: AreaId, indicators: Indicator[], report: Report): ChartSpec[] {
  return chartDefinitions
    .filter((definition) => definition.area === area)
    .flatMap((definition) => buildChartSpec(definition, indicators, report) ?? []);
}

export function findChartDefinition(id: string): ChartDefinition | undefined {
  return chartDefinitions.find((definition) => definition.id === id);
}

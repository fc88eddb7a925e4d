import type { AreaId } from './schemas';

/** The contract's paths, relative to apiBaseUrl. The mocks and the OpenAPI document use these too. */
export const endpoints = {
  report: '/report',
  indicators: '/indicators',
  indicator: '/indicators/:id',
  highlights: '/highlights',
} as const;

export const indicatorsPath = (area: AreaId) => `${endpoints.indicators}?area=${encodeURIComponent(area)}`;
export const indicatorPath = (id: string) => endpoints.indicator.replace(':id', encodeURIComponent(id));
export const highlightsPath = (area: AreaId) => `${endpoints.highlights}?area=${encodeURIComponent(area)}`;

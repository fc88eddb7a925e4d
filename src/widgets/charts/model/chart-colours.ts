import type { ChartSeries, ChartSpec } from './chart-model';

/**
 * The colours a chart is drawn in, by role, and the page's CSS variable for each. The page paints with the variables
 * (they follow the light and dark themes); an exported image gets each resolved to a plain colour, so both draw from
 * this one table.
 */
export const CHART_COLOUR_VARIABLES = {
  background: '--surface',
  track: '--surface-muted',
  ink: '--ink',
  muted: '--muted',
  axis: '--chart-axis',
  grid: '--chart-grid',
  latest: '--chart-latest',
  baseline: '--chart-baseline',
  positive: '--positive',
  warning: '--warning',
} as const satisfies Record<string, `--${string}`>;

export type ChartColourRole = keyof typeof CHART_COLOUR_VARIABLES;

/** Every role as one colour the image can hold (#rrggbb). */
export type ChartColours = Record<ChartColourRole, string>;

/** A role as the page paints it. */
export const cssColour = (role: ChartColourRole) => `var(${CHART_COLOUR_VARIABLES[role]})`;

/** A bar or dot series: the latest value dark, the baseline and the increase light. */
export function seriesColourRole(seriesKey: string): ChartColourRole {
  return seriesKey === 'baseline' || seriesKey === 'increase' ? 'baseline' : 'latest';
}

export interface LineStyle {
  colour: ChartColourRole;
  dash?: string;
}

/** Colour and dash together, so lines stay apart in print and for readers who do not see the colours. */
const LINE_STYLES: readonly LineStyle[] = [
  { colour: 'latest' },
  { colour: 'baseline', dash: '6 3' },
  { colour: 'positive', dash: '2 3' },
  { colour: 'warning', dash: '10 3 2 3' },
  { colour: 'ink', dash: '1 4' },
];

/** A time series' line: by its place among the chart's series, so the page and the image agree. */
export function lineStyleOf(spec: ChartSpec, series: ChartSeries): LineStyle {
  return LINE_STYLES[spec.series.indexOf(series) % LINE_STYLES.length] ?? { colour: 'latest' };
}

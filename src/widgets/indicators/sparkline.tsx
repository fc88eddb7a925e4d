import { useMemo } from 'react';
import type { Indicator } from '@/api/schemas';
import type { Language } from '@/domain/i18n/language';
import { segmentsOf } from '@/domain/series';
import { trendText } from './series-text';

const WIDTH = 240;
const HEIGHT = 40;
/** Room for the stroke and the end dot at the edges of the box. */
const INSET = 3;

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The line's path and its end dot, in the box's coordinates; null for an empty series. */
function sparklinePaths(indicator: Indicator): { path: string; end: string } | null {
  const { observations } = indicator;
  const first = observations[0];
  const latest = observations.at(-1);
  if (!first || !latest) return null;
  const startTime = timeOf(first.date);
  const span = timeOf(latest.date) - startTime || 1;
  const values = observations.map((observation) => observation.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const range = high - low;
  const betterIsLower = indicator.unit === 'rank';
  const x = (date: string) => INSET + ((timeOf(date) - startTime) / span) * (WIDTH - 2 * INSET);
  const y = (value: number) => {
    const share = range === 0 ? 0.5 : (value - low) / range;
    return INSET + (betterIsLower ? share : 1 - share) * (HEIGHT - 2 * INSET);
  };
  const path = segmentsOf(observations, indicator.frequency)
    .map((segment) =>
      segment
        .map(
          (observation, index) =>
            `${index === 0 ? 'M' : 'L'}${x(observation.date).toFixed(1)} ${y(observation.value).toFixed(1)}`,
        )
        .join(' ')
        .concat(segment.length === 1 ? 'h0' : ''),
    )
    .join(' ');
  return { path, end: `M${x(latest.date).toFixed(1)} ${y(latest.value).toFixed(1)}h0` };
}

/**
 * A trend in a few hundred bytes of inline SVG (no chart library, so the cards' first paint does not wait for one).
 * A missing period breaks the line; ranks are drawn with 1st at the top. Computed once per data change (the query
 * keeps an unchanged indicator the same object), not on every render of the card.
 */
export function Sparkline({
  indicator,
  language,
  className,
}: {
  indicator: Indicator;
  language: Language;
  className?: string;
}) {
  const paths = useMemo(() => sparklinePaths(indicator), [indicator]);
  const label = useMemo(() => trendText(indicator, language), [indicator, language]);
  if (!paths) return null;
  const { path, end } = paths;

  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      className={className}
      data-sparkline=""
    >
      <path
        d={path}
        fill="none"
        stroke="var(--chart-latest)"
        strokeWidth={1.75}
        strokeLinejoin="round"
        strokeLinecap="round"
        vectorEffect="non-scaling-stroke"
      />
      <path
        d={end}
        stroke="var(--chart-latest)"
        strokeWidth={6}
        strokeLinecap="round"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

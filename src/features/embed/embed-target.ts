import { isThemeChoice, type ThemeChoice } from '@/lib/theme/theme';
import { findChartDefinition } from '@/widgets/charts/model/area-chart-specs';
import type { ChartDefinition } from '@/widgets/charts/model/chart-model';

export type EmbedTarget =
  { kind: 'chart'; definition: ChartDefinition } | { kind: 'indicator'; indicatorId: string } | { kind: 'unknown' };

const CHART_PREFIX = 'chart-';
/** The contract's id rule; anything else cannot name a figure and is not sent to the API. */
const KEBAB_CASE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What /embed/<id> shows: `chart-<chart id>` for a chart, an indicator id for one card. */
export function parseEmbedTarget(embedId: string): EmbedTarget {
  if (embedId.startsWith(CHART_PREFIX)) {
    const definition = findChartDefinition(embedId.slice(CHART_PREFIX.length));
    return definition ? { kind: 'chart', definition } : { kind: 'unknown' };
  }
  return KEBAB_CASE_ID.test(embedId) && embedId.length <= 80
    ? { kind: 'indicator', indicatorId: embedId }
    : { kind: 'unknown' };
}

/** ?theme=light|dark|system; an embed follows the host's system colours unless told otherwise. */
export function embedTheme(search: string): ThemeChoice {
  const requested = new URLSearchParams(search).get('theme');
  return isThemeChoice(requested) ? requested : 'system';
}

/** At most `limit` characters (whole code points), with an ellipsis when cut: for echoing text from a URL. */
export function truncateForEcho(text: string, limit = 80): string {
  const codePoints = Array.from(text);
  return codePoints.length <= limit ? text : `${codePoints.slice(0, limit - 1).join('')}…`;
}

import { formatFigure, formatPeriod, formatRank } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';
import type { ChartRow, ChartSeries, ChartSpec } from './chart-model';

/** The unit and multiplier a series' values are in: its own in a time chart, the chart's otherwise. */
export function seriesUnit(spec: ChartSpec, series: ChartSeries | undefined) {
  return { unit: series?.unit ?? spec.unit, multiplier: series?.multiplier ?? spec.multiplier };
}

function formatValue(spec: ChartSpec, row: ChartRow, seriesKey: string, value: number, language: Language): string {
  const { unit, multiplier } = seriesUnit(
    spec,
    spec.series.find((series) => series.key === seriesKey),
  );
  if (unit === 'rank') return formatRank(value, row.rankScope ?? 'national', language);
  const atLeast = row.atLeastSeries ? row.atLeastSeries.includes(seriesKey) : row.atLeast && seriesKey !== 'baseline';
  return formatFigure({ value, unit, multiplier, bound: atLeast ? 'at-least' : 'exact' }, language);
}

/** One cell of a chart as text: the exact figure, its bound, and a derived marker. Used by labels, table and summary. */
export function formatChartCell(spec: ChartSpec, row: ChartRow, seriesKey: string, language: Language): string {
  const value = row.values[seriesKey];
  if (value === undefined) return '—';
  const figure = formatValue(spec, row, seriesKey, value, language);
  return row.derived.includes(seriesKey) ? `${figure}${messagesFor(language).derivedMark}` : figure;
}

/** A time chart's text alternative: each series from first to latest, with its lowest and highest point. */
function describeTimeChart(spec: ChartSpec, language: Language): string {
  const { series: t, punctuation } = messagesFor(language);
  return spec.series
    .map((series) => {
      const points = spec.rows.filter((row) => row.values[series.key] !== undefined);
      const first = points[0];
      const latest = points.at(-1);
      if (!first || !latest) return `${series.label[language]}${punctuation.colon}—`;
      const valueOf = (row: ChartRow) => row.values[series.key] ?? 0;
      const lowest = points.reduce((low, row) => (valueOf(row) < valueOf(low) ? row : low), first);
      const highest = points.reduce((high, row) => (valueOf(row) > valueOf(high) ? row : high), first);
      const point = (row: ChartRow) =>
        `${formatPeriod(row.key, spec.frequency, language)} ${formatChartCell(spec, row, series.key, language)}`;
      return t.describeSeries(
        series.label[language],
        t.pointCount(points.length),
        t.trendAlt(point(first), point(latest), point(lowest), point(highest)),
      );
    })
    .join(punctuation.sentence);
}

/** A text alternative that says every value the chart draws (a time chart: what each series does). */
export function describeChart(spec: ChartSpec, language: Language): string {
  if (spec.kind === 'time-lines') return describeTimeChart(spec, language);
  const { punctuation } = messagesFor(language);
  return spec.rows
    .map((row) => {
      const cells = spec.series.map((series) =>
        spec.series.length > 1
          ? `${series.label[language]} ${formatChartCell(spec, row, series.key, language)}`
          : formatChartCell(spec, row, series.key, language),
      );
      return `${row.label[language]}${punctuation.colon}${cells.join(punctuation.clause)}`;
    })
    .join(punctuation.item);
}

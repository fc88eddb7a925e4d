import { formatFigure, formatRank } from '../../lib/format';
import type { Language } from '../../lib/i18n/language';
import { messagesFor } from '../../lib/i18n/messages';
import type { ChartRow, ChartSpec } from './chart-spec';

/** One cell of a chart as text: the exact figure, its bound, and a derived marker. Used by labels, table and summary. */
export function formatChartCell(spec: ChartSpec, row: ChartRow, seriesKey: string, language: Language): string {
  const value = row.values[seriesKey];
  if (value === undefined) return '—';
  const figure =
    spec.unit === 'rank'
      ? formatRank(value, row.rankScope ?? 'national', language)
      : formatFigure(
          {
            value,
            unit: spec.unit,
            multiplier: spec.multiplier,
            bound: row.atLeast && seriesKey !== 'baseline' ? 'at-least' : 'exact',
          },
          language,
        );
  return row.derived.includes(seriesKey) ? `${figure} (${messagesFor(language).derived})` : figure;
}

/** A text alternative that says every value the chart draws. */
export function describeChart(spec: ChartSpec, language: Language): string {
  const separator = language === 'zh' ? '；' : '; ';
  return spec.rows
    .map((row) => {
      const cells = spec.series.map((series) =>
        spec.series.length > 1
          ? `${series.label[language]} ${formatChartCell(spec, row, series.key, language)}`
          : formatChartCell(spec, row, series.key, language),
      );
      return `${row.label[language]}${language === 'zh' ? '：' : ': '}${cells.join(language === 'zh' ? '，' : ', ')}`;
    })
    .join(separator);
}

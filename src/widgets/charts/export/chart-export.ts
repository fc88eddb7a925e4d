import { toCsv } from '@/lib/csv';
import { exportUnit, exportValue } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { messagesFor } from '@/domain/i18n/messages';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { seriesUnit } from '@/widgets/charts/model/chart-text';

/**
 * The chart's data for a spreadsheet: exact values, the unit in each header, derived values flagged in a notes
 * column. A time chart has a row per date (ISO, so spreadsheets sort it) and an empty cell where a period is missing.
 */
export function chartToCsv(spec: ChartSpec, language: Language): string {
  const t = messagesFor(language);
  const timeChart = spec.kind === 'time-lines';
  const header = [
    timeChart ? t.dateColumn : t.indicatorColumn,
    ...spec.series.map((series) => {
      const { unit, multiplier } = seriesUnit(spec, series);
      const { bracketOpen, bracketClose } = t.punctuation;
      return `${series.label[language]}${bracketOpen}${exportUnit(unit, multiplier, language)}${bracketClose}`;
    }),
    t.notesColumn,
  ];
  const rows = spec.rows.map((row) => [
    timeChart ? row.key : row.label[language],
    ...spec.series.map((series) => {
      const value = row.values[series.key];
      return value === undefined ? '' : exportValue(value, seriesUnit(spec, series).multiplier, language);
    }),
    [
      ...row.derived.map((key) => {
        const series = spec.series.find((candidate) => candidate.key === key);
        return `${series?.label[language] ?? key}${t.punctuation.colon}${t.derived}`;
      }),
      ...(row.atLeast || (row.atLeastSeries?.length ?? 0) > 0 ? [t.format.atLeastMark] : []),
      ...(spec.illustrative ? [t.illustrative] : []),
    ].join(t.punctuation.cellList),
  ]);
  return toCsv([header, ...rows]);
}

export function chartToJson(spec: ChartSpec, source: string): string {
  const { id, title, unit, multiplier, series, frequency, illustrative } = spec;
  const rows = spec.rows.map(({ key, ...row }) =>
    spec.kind === 'time-lines' ? { date: key, ...row } : { id: key, ...row },
  );
  return `${JSON.stringify({ id, title, unit, multiplier, frequency, illustrative, series, rows, source }, null, 2)}\n`;
}

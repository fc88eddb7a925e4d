import { toCsv } from '@/lib/csv';
import { exportUnit, exportValue } from '@/lib/format';
import type { Language } from '@/lib/i18n/language';
import { messagesFor } from '@/lib/i18n/messages';
import type { ChartSpec } from './chart-spec';

/** The chart's data for a spreadsheet: exact values, the unit in each header, derived values flagged in a notes column. */
export function chartToCsv(spec: ChartSpec, language: Language): string {
  const t = messagesFor(language);
  const unit = exportUnit(spec.unit, spec.multiplier, language);
  const header = [
    t.indicatorColumn,
    ...spec.series.map((series) => `${series.label[language]} (${unit})`),
    t.notesColumn,
  ];
  const rows = spec.rows.map((row) => [
    row.label[language],
    ...spec.series.map((series) => {
      const value = row.values[series.key];
      return value === undefined ? '' : exportValue(value, spec.multiplier, language);
    }),
    [
      ...row.derived.map((key) => {
        const series = spec.series.find((candidate) => candidate.key === key);
        return `${series?.label[language] ?? key}: ${t.derived}`;
      }),
      ...(row.atLeast ? [language === 'zh' ? '以上' : 'or more'] : []),
    ].join('; '),
  ]);
  return toCsv([header, ...rows]);
}

export function chartToJson(spec: ChartSpec, source: string): string {
  const { id, title, unit, multiplier, series } = spec;
  const rows = spec.rows.map(({ key, ...row }) => ({ id: key, ...row }));
  return `${JSON.stringify({ id, title, unit, multiplier, series, rows, source }, null, 2)}\n`;
}

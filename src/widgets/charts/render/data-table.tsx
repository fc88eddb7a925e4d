import { useI18n } from '@/domain/i18n/language-context';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { formatChartCell } from '@/widgets/charts/model/chart-text';

export function DataTable({ spec }: { spec: ChartSpec }) {
  const { language, t } = useI18n();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-xs text-muted">{spec.title[language]}</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1.5 pr-3 font-medium">
              {spec.kind === 'time-lines' ? t.series.periodColumn : t.indicatorColumn}
            </th>
            {spec.series.map((series) => (
              <th key={series.key} scope="col" className="py-1.5 pr-3 text-right font-medium">
                {series.label[language]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row) => (
            <tr key={row.key} className="border-b border-line/60">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {row.label[language]}
              </th>
              {spec.series.map((series) => (
                <td key={series.key} className="py-1.5 pr-3 text-right tabular-nums">
                  {formatChartCell(spec, row, series.key, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useMemo } from 'react';
import { RenderGuard } from '@/components/ui/render-guard';
import { useIndicators } from '@/api/get-indicators';
import type { Area, Indicator, Report } from '@/api/schemas';
import { QueryState } from '@/widgets/query-state/query-state';
import { Skeleton } from '@/components/ui/skeleton';
import { comparisonLabel, formatDate, formatObservation, formatPeriod } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { buildAreaChartSpecs } from '@/widgets/charts/model/area-chart-specs';
import { ScaledChart } from '@/widgets/charts/render/scaled-chart';
import { hasTrend } from '@/domain/series';
import { badgeComparisons, headlineFigure } from '@/widgets/indicators/headline-figure';
import { seriesSummaryText } from '@/widgets/indicators/series-text';
import { groupByQuote } from './quote-groups';
import { ReportHighlights } from './report-highlights';

/** CSS pixels of the sheet's content box (186 mm at 96 px per inch). */
const SHEET_WIDTH = 703;
/** Charts print a little smaller than on screen; their text stays readable at 80 %. */
const PRINT_CHART_ZOOM = 0.8;

function FigureRow({ indicator, baselineDate, asOf }: { indicator: Indicator; baselineDate: string; asOf: string }) {
  const { language, t } = useI18n();
  const latest = indicator.observations.at(-1);
  if (!latest) return null;
  // A series prints as one summary line; two points stay the article's before and after.
  const trend = hasTrend(indicator);
  const earlier = trend ? [] : indicator.observations.slice(0, -1);
  const row = (
    <tr className="border-t border-line/70 align-top">
      <th scope="row" className="py-1 pr-2 text-left font-medium">
        {indicator.name[language]}
        {indicator.measure === 'cumulative-since-2021' ? (
          <span className="block text-[8pt] text-muted">{t.cumulative}</span>
        ) : null}
        {indicator.examples ? (
          <span className="block text-[8pt] font-normal text-muted">
            {t.examples}
            {t.punctuation.colon}
            {indicator.examples.map((example) => example[language]).join(t.punctuation.list)}
          </span>
        ) : null}
        {indicator.note ? (
          <span className="block text-[8pt] font-normal text-muted">{indicator.note[language]}</span>
        ) : null}
      </th>
      <td className="py-1 pr-2">
        <span className="font-semibold tabular-nums">{headlineFigure(indicator, language)}</span>
        {/* The report states its as-of date once, in its header; a row names its date only when it differs. */}
        {latest.date !== asOf ? (
          <span className="block text-[8pt] text-muted">
            {formatPeriod(latest.date, indicator.frequency, language)}
          </span>
        ) : null}
        {earlier.map((observation) => (
          <span key={observation.date} className="block text-[8pt] text-muted tabular-nums">
            {observation.date === baselineDate ? t.baselineShort : formatDate(observation.date, language)}{' '}
            {formatObservation(observation, indicator, language)}
            {observation.derived ? t.derivedMark : ''}
          </span>
        ))}
      </td>
      <td className="py-1 pr-2 tabular-nums">
        {badgeComparisons(indicator).map((comparison, index) => (
          <span key={index} className="block break-keep">
            {comparisonLabel(comparison, indicator, language)}
          </span>
        ))}
      </td>
    </tr>
  );
  if (!trend) return row;
  return (
    <>
      {row}
      <tr>
        <td />
        <td colSpan={2} className="pb-0.5 text-[7.5pt] leading-tight text-muted tabular-nums">
          {seriesSummaryText(indicator, language)}
        </td>
      </tr>
    </>
  );
}

/** One area of the printed report: every figure with its comparison, date and sentence, then the area's charts. */
// One source note for the whole report (its header): the charts do not repeat it.
export function ReportArea({ area, report }: { area: Area; report: Report }) {
  const { language, t } = useI18n();
  const query = useIndicators(area.id);
  const headingId = `report-${area.id}-heading`;
  const groups = useMemo(() => groupByQuote(query.data?.items ?? []), [query.data]);
  const specs = useMemo(
    () => (query.data ? buildAreaChartSpecs(area.id, query.data.items, report) : []),
    [area.id, query.data, report],
  );

  return (
    <section aria-labelledby={headingId} className="mt-5">
      <h2 id={headingId} className="report-area-heading border-b-2 border-ink pb-0.5 text-[13pt] font-bold">
        <span className="mr-2 text-[10pt] font-medium text-muted">{area.name[language]}</span>
        {area.heading[language]}
      </h2>
      <QueryState query={query} errorTitle={t.areaError} loading={<Skeleton className="mt-2 h-24" />}>
        {(_data, setAside) => (
          <>
            <table className="report-figures mt-1 w-full table-fixed border-collapse text-[9pt]">
              <thead className="text-left text-[8pt] text-muted">
                <tr>
                  <th scope="col" className="w-[36%] py-0.5 font-medium">
                    {t.indicatorColumn}
                  </th>
                  <th scope="col" className="w-[30%] py-0.5 font-medium">
                    {t.figureColumn}
                  </th>
                  <th scope="col" className="py-0.5 font-medium">
                    {t.comparisonColumn}
                  </th>
                </tr>
              </thead>
              {groups.map((group) => (
                <tbody key={group.quote} className="report-group">
                  {group.indicators.map((indicator, index) => (
                    <FigureRow
                      key={`${indicator.id}:${index}`}
                      indicator={indicator}
                      baselineDate={report.baselineDate}
                      asOf={report.asOf}
                    />
                  ))}
                  <tr>
                    <td colSpan={3} className="pb-1.5 text-[8pt] text-muted">
                      {t.sourceSentence}
                      {t.punctuation.colon}
                      <span lang="zh-CN" className="text-ink">
                        {group.quote}
                      </span>
                    </td>
                  </tr>
                </tbody>
              ))}
            </table>
            {specs.map((spec) => (
              <RenderGuard key={spec.id} what={`chart:${spec.id}`} label={spec.title[language]}>
                <figure aria-label={spec.title[language]} className="report-chart mt-2">
                  <figcaption className="text-[9pt] font-semibold">{spec.title[language]}</figcaption>
                  {/* Two-line rank labels reach above the plot's top edge: room for them, and no clipping. */}
                  <div className={`[&_.recharts-surface]:overflow-visible ${spec.kind === 'rank-dots' ? 'pt-4' : ''}`}>
                    <ScaledChart
                      spec={spec}
                      language={language}
                      width={SHEET_WIDTH}
                      zoom={PRINT_CHART_ZOOM}
                      compact={false}
                    />
                  </div>
                  {spec.note ? <p className="text-[8pt] text-muted">{spec.note[language]}</p> : null}
                </figure>
              </RenderGuard>
            ))}
            {setAside ? <div className="mt-2 grid grid-cols-2 gap-2">{setAside}</div> : null}
            <ReportHighlights area={area.id} />
          </>
        )}
      </QueryState>
    </section>
  );
}

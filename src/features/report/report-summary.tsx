import type { Area } from '@/api/schemas';
import { comparisonLabel } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { useAreaHeadline } from '@/widgets/indicators/area-headlines';

/** The areas whose headline sentences open the summary: the article's own first three paragraphs. */
const QUOTED_AREAS = 3;

function SummaryFigure({ area }: { area: Area }) {
  const { language } = useI18n();
  const { indicator, comparison, figure } = useAreaHeadline(area.id, language);
  return (
    <li className="border-l-2 border-accent-500 pl-2">
      <span className="block text-[8pt] text-muted">{area.name[language]}</span>
      <span className="block text-[14pt] leading-tight font-bold tabular-nums">{figure || '\u00a0'}</span>
      <span className="block text-[8pt]">{indicator?.name[language]}</span>
      {comparison && indicator ? (
        <span className="block text-[8pt] break-keep text-muted tabular-nums">
          {comparisonLabel(comparison, indicator, language)}
        </span>
      ) : null}
    </li>
  );
}

function HeadlineSentence({ area }: { area: Area }) {
  const { language } = useI18n();
  const { indicator } = useAreaHeadline(area.id, language);
  if (!indicator) return null;
  return (
    <li>
      <blockquote lang="zh-CN" className="border-l-2 border-line pl-2">
        {indicator.source.quote}
      </blockquote>
    </li>
  );
}

/** The report's first page: the six headline figures with their comparisons, and the article's own words. */
export function ReportSummary({ areas }: { areas: Area[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="report-summary-heading" className="report-summary mt-3">
      <h2 id="report-summary-heading" className="border-b-2 border-ink pb-0.5 text-[13pt] font-bold">
        {t.summary}
      </h2>
      <ul className="mt-2 grid grid-cols-3 gap-x-4 gap-y-3">
        {areas.map((area) => (
          <SummaryFigure key={area.id} area={area} />
        ))}
      </ul>
      <h3 className="mt-3 text-[9pt] font-semibold">{t.articleSays}</h3>
      <ul className="mt-1 space-y-1.5 text-[9pt]">
        {areas.slice(0, QUOTED_AREAS).map((area) => (
          <HeadlineSentence key={area.id} area={area} />
        ))}
      </ul>
    </section>
  );
}

import { useHighlights } from '@/api/get-highlights';
import type { AreaId } from '@/api/schemas';
import { useI18n } from '@/domain/i18n/language-context';
import { QueryState } from '@/widgets/query-state/query-state';

/** An area's non-numeric achievements in print: name, summary, and the sentence it comes from. */
export function ReportHighlights({ area }: { area: AreaId }) {
  const { language, t } = useI18n();
  const query = useHighlights(area);
  return (
    <QueryState query={query} errorTitle={t.areaError} loading={null}>
      {(data, setAside) =>
        data.items.length > 0 || setAside ? (
          <div className="report-highlights mt-2 text-[9pt]">
            <h3 className="font-semibold">{t.highlights}</h3>
            <ul className="mt-0.5 space-y-1">
              {data.items.map((highlight, index) => (
                <li key={`${highlight.id}:${index}`}>
                  <span className="font-medium">{highlight.title[language]}</span>
                  {t.punctuation.colon}
                  {highlight.summary[language]}
                  <span className="block text-[8pt] text-muted">
                    {t.sourceSentence}
                    {t.punctuation.colon}
                    <span lang="zh-CN">{highlight.source.quote}</span>
                  </span>
                </li>
              ))}
            </ul>
            {setAside}
          </div>
        ) : null
      }
    </QueryState>
  );
}

import { useHighlights } from '@/api/get-highlights';
import type { AreaId } from '@/api/schemas';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/lib/i18n/language-context';
import { QueryState } from '@/widgets/query-state/query-state';

/** The area's non-numeric achievements (programmes, flagship projects), each with its source sentence. */
export function HighlightList({ area }: { area: AreaId }) {
  const { language, t } = useI18n();
  const query = useHighlights(area);
  return (
    <QueryState query={query} errorTitle={t.areaError} loading={null}>
      {(data, setAside) => (
        <div className="mt-4">
          <h3 className="text-base font-semibold text-ink">{t.highlights}</h3>
          <ul className="mt-2 grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {data.items.map((highlight, index) => (
              <Card as="li" key={`${highlight.id}:${index}`} className="text-sm">
                <p className="font-semibold text-ink">{highlight.title[language]}</p>
                <p className="mt-1 text-muted">{highlight.summary[language]}</p>
                <details className="mt-2 text-xs text-muted">
                  <summary className="cursor-pointer text-link hover:underline">{t.showSource}</summary>
                  <blockquote lang="zh-CN" className="mt-1 border-l-2 border-line pl-2 text-ink">
                    {highlight.source.quote}
                  </blockquote>
                </details>
              </Card>
            ))}
            {setAside ? <li className="contents">{setAside}</li> : null}
          </ul>
        </div>
      )}
    </QueryState>
  );
}

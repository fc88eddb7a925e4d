import { useHighlights } from '@/api/get-highlights';
import type { AreaId } from '@/api/schemas';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/domain/i18n/language-context';
import { QueryState } from '@/widgets/query-state/query-state';

/**
 * The area's non-numeric achievements (programmes, flagship projects). Their source sentences sit together
 * behind one 查看出处 under the list, each after its achievement's name, like the notes under a table.
 */
export function HighlightList({ area }: { area: AreaId }) {
  const { language, t } = useI18n();
  const query = useHighlights(area);
  return (
    <QueryState query={query} errorTitle={t.areaError} loading={null}>
      {(data, setAside) => (
        <div className="mt-3 sm:mt-4">
          <h3 className="text-sm font-semibold text-ink sm:text-base">{t.highlights}</h3>
          <ul
            // A wrapping row whose items grow, so an odd last highlight fills its row instead of leaving a hole.
            className="mt-2 grid gap-2 sm:gap-3 md:flex md:flex-wrap md:*:flex-[1_1_40%] xl:*:basis-[30%]"
          >
            {data.items.map((highlight, index) => (
              <Card as="li" key={`${highlight.id}:${index}`} className="px-3 py-2.5 text-sm sm:p-4">
                <p className="font-semibold text-ink">{highlight.title[language]}</p>
                <p className="mt-0.5 text-xs text-muted sm:mt-1 sm:text-sm">{highlight.summary[language]}</p>
              </Card>
            ))}
            {setAside ? <li className="contents">{setAside}</li> : null}
          </ul>
          <details className="mt-2 text-xs text-muted">
            <summary className="cursor-pointer leading-6 text-link hover:underline">{t.showSource}</summary>
            <ul className="mt-1 space-y-1.5">
              {data.items.map((highlight, index) => (
                <li key={`${highlight.id}:${index}`}>
                  <span className="font-medium text-ink">{`${highlight.title[language]}${t.quoteIntro}`}</span>
                  <blockquote lang="zh-CN" className="mt-0.5 border-l-2 border-line pl-2 text-ink">
                    {highlight.source.quote}
                  </blockquote>
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </QueryState>
  );
}

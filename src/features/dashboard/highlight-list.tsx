import { useHighlights } from '@/api/get-highlights';
import type { AreaId } from '@/api/schemas';
import { LazyApiErrorAlert } from '@/widgets/api-error/lazy-api-error-alert';
import { useI18n } from '@/lib/i18n/language-context';

/**
 * The area's non-numeric achievements (programmes, flagship projects). Their source sentences sit together
 * behind one 查看出处 under the list, each after its achievement's name, like the notes under a table.
 */
export function HighlightList({ area }: { area: AreaId }) {
  const { language, t } = useI18n();
  const query = useHighlights(area);
  if (query.isPending) return null;
  if (query.isError) {
    return <LazyApiErrorAlert title={t.areaError} error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.items.length === 0) return null;
  return (
    <div className="mt-3 sm:mt-4">
      <h3 className="text-sm font-semibold text-ink sm:text-base">{t.highlights}</h3>
      <ul className="mt-2 grid gap-2 sm:gap-3 md:grid-cols-2 xl:grid-cols-3">
        {query.data.items.map((highlight, index) => (
          <li
            key={`${highlight.id}:${index}`}
            className="rounded-xl border border-line bg-surface px-3 py-2.5 text-sm sm:p-4"
          >
            <p className="font-semibold text-ink">{highlight.title[language]}</p>
            <p className="mt-0.5 text-xs text-muted sm:mt-1 sm:text-sm">{highlight.summary[language]}</p>
          </li>
        ))}
      </ul>
      <details className="mt-2 text-xs text-muted">
        <summary className="cursor-pointer leading-6 text-link hover:underline">{t.showSource}</summary>
        <ul className="mt-1 space-y-1.5">
          {query.data.items.map((highlight, index) => (
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
  );
}

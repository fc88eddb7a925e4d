import { lazy, Suspense, type ReactNode } from 'react';
import type { ListResult } from '@/api/client';
import { RenderGuard } from '@/components/ui/render-guard';
import { Skeleton } from '@/components/ui/skeleton';
import { formatTime } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import { useHasPageRefreshNotice } from '@/domain/refresh/refresh-context';
import { LazyApiErrorAlert } from '@/widgets/api-error/lazy-api-error-alert';

const UnavailableCard = lazy(() =>
  import('@/widgets/indicators/unavailable-card').then((module) => ({ default: module.UnavailableCard })),
);

/** What QueryState reads of a query: TanStack Query's result has these fields, and so does `bothQueries`. */
export interface QuerySnapshot<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  /** When the data shown was fetched (ms since the epoch). */
  dataUpdatedAt: number;
  refetch: () => unknown;
}

/**
 * The one policy for a query's states: no data yet → loading; failed with nothing to show → an alert with a retry;
 * failed on a refresh → the last good figures stay, under a banner that says they are stale and when they were
 * fetched; a list with nothing in it → `empty`; items the API sent in the wrong shape → set aside, each shown as
 * unavailable, never dropped in silence.
 */
export type QueryStatus = 'loading' | 'failed' | 'stale' | 'empty' | 'ready';

type RejectedItem = ListResult<unknown>['rejected'][number];

const isListResult = (data: unknown): data is ListResult<unknown> =>
  typeof data === 'object' && data !== null && 'items' in data && 'rejected' in data && Array.isArray(data.rejected);

export function queryStatus<T>(query: QuerySnapshot<T>): QueryStatus {
  if (query.data === undefined) return query.isError ? 'failed' : 'loading';
  if (query.isError) return 'stale';
  if (isListResult(query.data) && query.data.items.length === 0 && query.data.rejected.length === 0) return 'empty';
  return 'ready';
}

interface QueryStateProps<T> {
  query: QuerySnapshot<T>;
  /** The alert's title when nothing could be loaded, e.g. t.areaError. */
  errorTitle: string;
  /** Placeholders that hold the content's place while it loads (null: none, the loading text is still announced). */
  loading?: ReactNode;
  loadingClassName?: string;
  /** Shown when a list came back with no items at all; nothing when left out. */
  empty?: ReactNode;
  /** The content. `setAside` is the unavailable cards of rejected list items, to place among the good ones. */
  children: (data: T, setAside: ReactNode) => ReactNode;
}

export function QueryState<T>({ query, errorTitle, loading, loadingClassName, empty, children }: QueryStateProps<T>) {
  const { language, t } = useI18n();
  const retry = () => void query.refetch();
  const status = queryStatus(query);
  const pageNotice = useHasPageRefreshNotice();

  if (query.data === undefined) {
    return status === 'failed' ? (
      <LazyApiErrorAlert title={errorTitle} error={query.error} onRetry={retry} />
    ) : (
      <div aria-busy="true" className={loadingClassName}>
        <p className="sr-only">{t.loading}</p>
        {loading === undefined ? <Skeleton className="h-24" /> : loading}
      </div>
    );
  }
  if (status === 'empty') return empty ?? null;

  const rejected: RejectedItem[] = isListResult(query.data) ? query.data.rejected : [];
  const setAside = rejected.map((item) => {
    const name = item.id ?? `#${item.index + 1}`;
    return (
      <RenderGuard
        key={`rejected-${item.index}`}
        what={`card:${name}`}
        label={name}
        className="col-span-2 min-h-36 sm:col-span-1"
      >
        <Suspense fallback={<Skeleton className="h-36" />}>
          <UnavailableCard rejected={item} onRetry={retry} />
        </Suspense>
      </RenderGuard>
    );
  });
  return (
    <>
      {status === 'stale' && !pageNotice ? (
        <div className="mb-3">
          <LazyApiErrorAlert
            title={`${t.staleData} (${t.fetchedAt} ${formatTime(query.dataUpdatedAt, language)})`}
            error={query.error}
            onRetry={retry}
          />
        </div>
      ) : null}
      {children(query.data, setAside.length > 0 ? setAside : null)}
    </>
  );
}

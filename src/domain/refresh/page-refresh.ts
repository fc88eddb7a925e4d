import { queryOptions, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';

export const PAGE_REFRESH_KEY: QueryKey = ['page-refresh'];

/** Every query some part of the page shows has its figures (the last good ones count). */
const allShownHaveFigures = (queryClient: QueryClient, isData: (query: Query) => boolean) =>
  queryClient
    .getQueryCache()
    .findAll({ predicate: isData })
    .every((query) => query.getObserversCount() === 0 || query.state.status !== 'error');

class SomeFiguresFailed extends Error {}

/**
 * One refresh for the whole page: every figure shown is fetched again together, so the page heals at once and says
 * one thing. Its schedule, backoff and the focus and network triggers are the query's own (refresh-policy.ts).
 */
export const pageRefreshQuery = (isData: (query: Query) => boolean) =>
  queryOptions({
    queryKey: PAGE_REFRESH_KEY,
    queryFn: async ({ client }) => {
      await client.refetchQueries({ type: 'active', predicate: isData }, { cancelRefetch: false });
      if (!allShownHaveFigures(client, isData)) throw new SomeFiguresFailed('Some figures could not be fetched');
      return true;
    },
    // Nothing to do at load: the figures are being fetched for the first time.
    initialData: true,
    staleTime: Infinity,
    retry: false,
  });

/**
 * A figure that fails or comes back outside a page refresh (the first load, an area's 重试) moves the page refresh
 * into or out of its backoff, without fetching. Returns the stop.
 */
export function followPageHealth(queryClient: QueryClient, isData: (query: Query) => boolean): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || !isData(event.query)) return;
    if (event.action.type !== 'success' && event.action.type !== 'error') return;
    const refresh = queryClient.getQueryCache().find({ queryKey: PAGE_REFRESH_KEY });
    if (!refresh || refresh.state.fetchStatus !== 'idle') return;
    const healthy = allShownHaveFigures(queryClient, isData);
    if (healthy === (refresh.state.status !== 'error')) return;
    const now = Date.now();
    refresh.setState(
      healthy
        ? { status: 'success', data: true, error: null, dataUpdatedAt: now }
        : {
            status: 'error',
            error: new SomeFiguresFailed('Some figures could not be fetched'),
            errorUpdateCount: refresh.state.errorUpdateCount + 1,
            errorUpdatedAt: now,
          },
    );
  });
}

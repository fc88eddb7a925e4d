import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { HIDDEN_INTERVAL_FACTOR, retryDelay } from './backoff';

export interface RefreshPolicy {
  /** 0: no schedule. */
  intervalMs: number;
  /** Live mode: a failure (also of the first load) is retried on the backoff even with the schedule off. */
  retryFailures: boolean;
}

/** Visible again within this long of the last attempt does not fetch again (switching tabs back and forth). */
export const REFRESH_ON_RETURN_AFTER_MS = 5_000;

const lastAttemptAt = (query: Query) => Math.max(query.state.dataUpdatedAt, query.state.errorUpdatedAt);

/**
 * Makes the queries under `queryKeys` follow the API with TanStack Query's own timers and listeners: on the
 * schedule (a third of the rate in a hidden tab), at once when the network or the tab comes back, and after a
 * failed fetch on the backoff (30 s, 1 min, 2 min). Returns the stop.
 */
export function applyRefreshPolicy(
  queryClient: QueryClient,
  { intervalMs, retryFailures }: RefreshPolicy,
  queryKeys: readonly QueryKey[],
  now: () => number = Date.now,
): () => void {
  // The query keeps a running count of its errors; the count at its last success says how many came since.
  const errorsAtLastSuccess = new WeakMap<Query, number>();
  const failuresInARow = (query: Query) =>
    query.state.status === 'error'
      ? Math.max(1, query.state.errorUpdateCount - (errorsAtLastSuccess.get(query) ?? 0))
      : 0;
  const refreshes = (query: Query) => intervalMs > 0 || (retryFailures && failuresInARow(query) > 0);

  const defaults = {
    refetchInterval: (query: Query) => {
      const failures = failuresInARow(query);
      if (failures > 0) return intervalMs > 0 || retryFailures ? retryDelay(failures, intervalMs) : false;
      if (intervalMs <= 0) return false;
      return document.visibilityState === 'hidden' ? intervalMs * HIDDEN_INTERVAL_FACTOR : intervalMs;
    },
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: (query: Query) =>
      refreshes(query) && now() - lastAttemptAt(query) >= REFRESH_ON_RETURN_AFTER_MS ? ('always' as const) : false,
    refetchOnReconnect: (query: Query) => (refreshes(query) ? ('always' as const) : false),
  };
  for (const queryKey of queryKeys) queryClient.setQueryDefaults(queryKey, defaults);

  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.state.status !== 'success') return;
    if (event.action.type === 'success' || event.action.type === 'setState')
      errorsAtLastSuccess.set(event.query, event.query.state.errorUpdateCount);
  });
}

import type { Query, QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '@/config/config-schema';
import { refreshIntervalOf } from '@/config/refresh-interval';
import { isNewerBuildDeployed } from '@/domain/refresh/build-version';
import { RefreshScheduler } from '@/domain/refresh/refresh-scheduler';

/** The queries some part of the page shows now; the others are fetched when they are shown again. */
const shown = (queryClient: QueryClient): Query[] =>
  queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.getObserversCount() > 0);

const allShownHaveFigures = (queryClient: QueryClient) =>
  shown(queryClient).every((query) => query.state.status !== 'error');

/** A refresh failed where figures were already on screen: they stay, under one notice for the page. */
const someShownAreStale = (queryClient: QueryClient) =>
  shown(queryClient).some((query) => query.state.status === 'error' && query.state.data !== undefined);

/**
 * One scheduler per page, driving the query cache: every shown query is fetched again on the schedule (the last
 * good data stays on screen while it is, and after a failure), and version.json is checked alongside.
 * The offline file refreshes nothing by default and never checks for a new build.
 */
export function createBackgroundRefresh(
  queryClient: QueryClient,
  config: Pick<AppConfig, 'mocks' | 'refreshIntervalMs'>,
  { offline, baseUrl }: { offline: boolean; baseUrl: string },
): RefreshScheduler {
  const scheduler = new RefreshScheduler({
    intervalMs: refreshIntervalOf(config),
    retryFailures: !config.mocks,
    refresh: async () => {
      await queryClient.refetchQueries({ type: 'active' });
      return allShownHaveFigures(queryClient);
    },
    checkBuild: offline ? undefined : () => isNewerBuildDeployed(baseUrl),
  });
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated') return;
    if (event.action.type === 'success') scheduler.noteFetched(event.query.state.dataUpdatedAt);
    if (event.action.type === 'success' || event.action.type === 'error') {
      scheduler.noteHealth(allShownHaveFigures(queryClient));
      scheduler.noteStale(someShownAreStale(queryClient));
    }
  });
  return scheduler;
}

import type { Query, QueryClient, UseQueryOptions } from '@tanstack/react-query';
import type { AppConfig } from '@/config/config-schema';
import { refreshIntervalOf } from '@/config/refresh-interval';
import { DEPLOYED_BUILD_KEY, deployedBuildQuery, isNewerBuildDeployed } from './build-version';
import { followPageHealth, PAGE_REFRESH_KEY, pageRefreshQuery } from './page-refresh';
import { applyRefreshPolicy } from './refresh-policy';
import { RefreshStatus } from './refresh-status';

/** The contract's queries: the figures on the page. The data admin's own queries are fetched when asked. */
const DATA_KEYS = [['report'], ['indicators'], ['highlights']] as const;
const isData = (query: Query) => DATA_KEYS.some(([first]) => query.queryKey[0] === first);

export interface BackgroundRefresh {
  status: RefreshStatus;
  /** Observed while the page is open, so their schedules run: the page refresh, and the build check if any. */
  watched: UseQueryOptions<boolean>[];
}

/**
 * The page follows the API by itself: one refresh fetches every figure shown again on the schedule (the last good
 * data stays on screen while it is, and after a failure), and version.json is checked on the same schedule. Live
 * mode retries a failure on the backoff even with the schedule off. The offline file never checks for a new build.
 */
export function createBackgroundRefresh(
  queryClient: QueryClient,
  config: Pick<AppConfig, 'mocks' | 'refreshIntervalMs'>,
  { offline, baseUrl }: { offline: boolean; baseUrl: string },
): BackgroundRefresh {
  const intervalMs = refreshIntervalOf(config);
  applyRefreshPolicy(queryClient, { intervalMs, retryFailures: !config.mocks }, [PAGE_REFRESH_KEY, DEPLOYED_BUILD_KEY]);
  followPageHealth(queryClient, isData);
  const status = new RefreshStatus(queryClient, {
    scheduled: intervalMs > 0,
    isData,
    refreshKey: PAGE_REFRESH_KEY,
    buildQueryKey: offline ? undefined : DEPLOYED_BUILD_KEY,
  });
  const buildQuery = offline ? [] : [deployedBuildQuery(() => isNewerBuildDeployed(baseUrl))];
  return { status, watched: [pageRefreshQuery(isData), ...buildQuery] };
}

import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useRefreshQueries } from './refresh-context';

/** Keeps a query observed, so its schedule runs. */
function Watch({ query }: { query: UseQueryOptions<boolean> }) {
  useQuery(query);
  return null;
}

/**
 * The page refresh and the build check, observed. Rendered by the routes, whose chunk holds the query observer the
 * pages use anyway: the first-paint script stays without it.
 */
export function RefreshWatch() {
  return useRefreshQueries().map((query) => <Watch key={String(query.queryKey[0])} query={query} />);
}

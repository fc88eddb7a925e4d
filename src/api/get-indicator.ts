import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { loadContract } from './load-contract';
import type { ApiClient } from './client';
import { indicatorPath } from './endpoints';

export const indicatorQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: ['indicators', 'detail', id],
    queryFn: async ({ signal }) => client.get(indicatorPath(id), (await loadContract()).Indicator, signal),
  });

export function useIndicator(id: string) {
  return useQuery(indicatorQueryOptions(useApiClient(), id));
}

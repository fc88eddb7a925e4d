import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { indicatorPath } from './endpoints';
import { Indicator } from './schemas';

export const indicatorQueryOptions = (client: ApiClient, id: string) =>
  queryOptions({
    queryKey: ['indicators', 'detail', id],
    queryFn: ({ signal }) => client.get(indicatorPath(id), Indicator, signal),
  });

export function useIndicator(id: string) {
  return useQuery(indicatorQueryOptions(useApiClient(), id));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { loadContract } from './load-contract';
import type { ApiClient } from './client';
import { endpoints } from './endpoints';

export const reportQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: ['report'],
    queryFn: async ({ signal }) => client.get(endpoints.report, (await loadContract()).Report, signal),
    staleTime: Infinity,
  });

export function useReport() {
  return useQuery(reportQueryOptions(useApiClient()));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { endpoints } from './endpoints';
import { Report } from './schemas';

export const reportQueryOptions = (client: ApiClient) =>
  queryOptions({
    queryKey: ['report'],
    queryFn: ({ signal }) => client.get(endpoints.report, Report, signal),
    staleTime: Infinity,
  });

export function useReport() {
  return useQuery(reportQueryOptions(useApiClient()));
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { loadContract } from './load-contract';
import type { ApiClient } from './client';
import { highlightsPath } from './endpoints';
import type { AreaId } from './schemas';

export const highlightsQueryOptions = (client: ApiClient, area: AreaId) =>
  queryOptions({
    queryKey: ['highlights', 'list', { area }],
    queryFn: async ({ signal }) => client.getList(highlightsPath(area), (await loadContract()).Highlight, signal),
  });

export function useHighlights(area: AreaId) {
  return useQuery(highlightsQueryOptions(useApiClient(), area));
}

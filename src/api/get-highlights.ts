import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { highlightsPath } from './endpoints';
import { Highlight, type AreaId } from './schemas';

export const highlightsQueryOptions = (client: ApiClient, area: AreaId) =>
  queryOptions({
    queryKey: ['highlights', 'list', { area }],
    queryFn: ({ signal }) => client.getList(highlightsPath(area), Highlight, signal),
  });

export function useHighlights(area: AreaId) {
  return useQuery(highlightsQueryOptions(useApiClient(), area));
}

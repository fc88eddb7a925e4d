import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import { loadContract } from './load-contract';
import type { ApiClient } from './client';
import { indicatorsPath } from './endpoints';
import type { AreaId } from './schemas';

export const indicatorsQueryOptions = (client: ApiClient, area: AreaId) =>
  queryOptions({
    queryKey: ['indicators', 'list', { area }],
    queryFn: async ({ signal }) => client.getList(indicatorsPath(area), (await loadContract()).Indicator, signal),
  });

export function useIndicators(area: AreaId) {
  return useQuery(indicatorsQueryOptions(useApiClient(), area));
}

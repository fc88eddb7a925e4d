import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { indicatorsPath } from './endpoints';
import { Indicator, type AreaId } from './schemas';

export const indicatorsQueryOptions = (client: ApiClient, area: AreaId) =>
  queryOptions({
    queryKey: ['indicators', 'list', { area }],
    queryFn: ({ signal }) => client.getList(indicatorsPath(area), Indicator, signal),
  });

export function useIndicators(area: AreaId) {
  return useQuery(indicatorsQueryOptions(useApiClient(), area));
}

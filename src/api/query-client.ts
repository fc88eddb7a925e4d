import { QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from './api-error';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !(isApiRequestError(error) && error.isPermanent) && failureCount < MAX_RETRIES,
      },
    },
  });
}

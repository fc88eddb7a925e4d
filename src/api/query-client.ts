import { QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from './api-error';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // A wrong answer will not fix itself, and a timeout has already made the reader wait: say so at once.
        retry: (failureCount, error) =>
          !(isApiRequestError(error) && (error.isPermanent || error.kind === 'timeout')) && failureCount < MAX_RETRIES,
      },
    },
  });
}

import { QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from './api-error';

const MAX_RETRIES = 2;

/** The retry rule: a server error is tried twice more; a client error, a wrong body or a timeout is not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  // A wrong answer will not fix itself, and a timeout has already made the reader wait: say so at once.
  return !(isApiRequestError(error) && (error.isPermanent || error.kind === 'timeout')) && failureCount < MAX_RETRIES;
}

/** `retryDelay` only for tests, which keep the production rule but not its waiting (1 s, then 2 s). */
export function createQueryClient({ retryDelay }: { retryDelay?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        ...(retryDelay === undefined ? {} : { retryDelay }),
      },
    },
  });
}

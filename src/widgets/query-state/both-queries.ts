import type { QuerySnapshot } from './query-state';

/** Two queries as one: data when both have it, the first error, a retry of both, the older fetch time. */
export function bothQueries<A, B>(first: QuerySnapshot<A>, second: QuerySnapshot<B>): QuerySnapshot<[A, B]> {
  return {
    data: first.data !== undefined && second.data !== undefined ? [first.data, second.data] : undefined,
    error: first.error ?? second.error,
    isPending: first.isPending || second.isPending,
    isError: first.isError || second.isError,
    dataUpdatedAt: Math.min(first.dataUpdatedAt, second.dataUpdatedAt),
    refetch: () => Promise.all([first.refetch(), second.refetch()]),
  };
}

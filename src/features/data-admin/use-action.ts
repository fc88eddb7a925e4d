import { useCallback, useState } from 'react';

type ActionState<R> =
  | { status: 'idle' | 'pending'; data?: undefined; error?: undefined }
  | { status: 'success'; data: R; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown };

/**
 * A write and its state (pending, failed with its error), shaped like TanStack Query's useMutation. Not useMutation
 * itself: @tanstack/react-query's index is in the dashboard's `pages` chunk, so the first page to call useMutation
 * moves its observer there, onto every reader's first load; this is what the page needs of it.
 */
export function useAction<V, R>(run: (variables: V) => Promise<R>, afterSuccess?: (result: R) => unknown) {
  const [state, setState] = useState<ActionState<R>>({ status: 'idle' });
  const mutate = useCallback(
    (variables: V, options?: { onSuccess?: (result: R) => void }) => {
      setState({ status: 'pending' });
      run(variables)
        .then(async (result) => {
          await afterSuccess?.(result);
          setState({ status: 'success', data: result });
          options?.onSuccess?.(result);
        })
        .catch((error: unknown) => setState({ status: 'error', error }));
    },
    [run, afterSuccess],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return {
    mutate,
    reset,
    data: state.data,
    error: state.error,
    isPending: state.status === 'pending',
    isError: state.status === 'error',
  };
}

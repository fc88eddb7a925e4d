import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useApiClient } from '@/api/api-client-context';
import type { Session } from '@/api/admin-schemas';
import { setSignedInHint } from '@/domain/signed-in-hint';
import { createAdminApi, type AdminApi, type UploadOutcome } from './admin-api';
import { useAction } from './use-action';

/**
 * The admin queries are 'static': the page's background refresh (refetchQueries of every shown query) skips them,
 * so an open page does not keep an idle session alive, and a revision (never changed) is fetched once. The page
 * fetches them again itself after each write.
 */
const adminQuery = { staleTime: 'static', retry: false } as const;

export const adminKeys = {
  all: ['admin'] as const,
  session: ['admin', 'session'] as const,
  revisions: ['admin', 'revisions'] as const,
  diff: (from: number, to: number) => ['admin', 'diff', from, to] as const,
};

/** The admin API below the configured API base URL (the page is inside the same AppProvider as the others). */
export function useAdminApi(): AdminApi {
  const { baseUrl } = useApiClient();
  return useMemo(() => createAdminApi(baseUrl), [baseUrl]);
}

const sessionQuery = (api: AdminApi) =>
  queryOptions({ queryKey: adminKeys.session, queryFn: ({ signal }) => api.session(signal), ...adminQuery });

const revisionsQuery = (api: AdminApi) =>
  queryOptions({ queryKey: adminKeys.revisions, queryFn: ({ signal }) => api.revisions(signal), ...adminQuery });

export const useSession = () => useQuery(sessionQuery(useAdminApi()));

export const useRevisions = () => useQuery(revisionsQuery(useAdminApi()));

export function useDiff(from: number, to: number) {
  const api = useAdminApi();
  return useQuery({
    queryKey: adminKeys.diff(from, to),
    queryFn: ({ signal }) => api.diff(from, to, signal),
    ...adminQuery,
  });
}

/** The revision list again, now (its query is static, so only an explicit fetch renews it). */
const refreshRevisions = (queryClient: QueryClient, api: AdminApi) =>
  queryClient.fetchQuery({ ...revisionsQuery(api), staleTime: 0 }).catch(() => undefined);

export function useSignIn() {
  const queryClient = useQueryClient();
  const api = useAdminApi();
  const signedIn = useCallback(
    (session: Session) => {
      setSignedInHint(true);
      queryClient.setQueryData<Session | null>(adminKeys.session, session);
    },
    [queryClient],
  );
  return useAction(api.signIn, signedIn);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const api = useAdminApi();
  const signedOut = useCallback(() => {
    setSignedInHint(false);
    queryClient.setQueryData<Session | null>(adminKeys.session, null);
    // What the person saw stays with them: the next one to sign in on this browser fetches it again.
    queryClient.removeQueries({ queryKey: adminKeys.all, predicate: (query) => query.queryKey[1] !== 'session' });
  }, [queryClient]);
  return useAction(api.signOut, signedOut);
}

/** Forgets the session so the page asks again (after a 401: the sign-in form comes back). */
export function useCheckSessionAgain() {
  const queryClient = useQueryClient();
  const api = useAdminApi();
  return () => void queryClient.fetchQuery({ ...sessionQuery(api), staleTime: 0 }).catch(() => undefined);
}

export function useUpload() {
  const queryClient = useQueryClient();
  const api = useAdminApi();
  const uploaded = useCallback(
    (outcome: UploadOutcome) => {
      if (outcome.kind === 'draft') void refreshRevisions(queryClient, api);
    },
    [queryClient, api],
  );
  return useAction(api.upload, uploaded);
}

/** After a publish or a rollback the public figures changed: every query is stale, the pages fetch them again. */
function usePublicChange() {
  const queryClient = useQueryClient();
  const api = useAdminApi();
  return useCallback(async () => {
    await queryClient.invalidateQueries();
    await refreshRevisions(queryClient, api);
  }, [queryClient, api]);
}

const publishRequest = (api: AdminApi) => (request: { id: number; note: string; acceptWarnings: boolean }) =>
  api.publish(request.id, {
    ...(request.note ? { note: request.note } : {}),
    ...(request.acceptWarnings ? { acceptWarnings: true } : {}),
  });

const rollbackRequest = (api: AdminApi) => (request: { id: number; note: string }) =>
  api.rollback(request.id, request.note ? { note: request.note } : {});

export function usePublish() {
  const api = useAdminApi();
  return useAction(
    useMemo(() => publishRequest(api), [api]),
    usePublicChange(),
  );
}

export function useRollback() {
  const api = useAdminApi();
  return useAction(
    useMemo(() => rollbackRequest(api), [api]),
    usePublicChange(),
  );
}

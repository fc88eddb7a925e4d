import type { UseQueryOptions } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { BackgroundRefresh } from './background-refresh';
import type { RefreshSnapshot, RefreshStatus } from './refresh-status';

const RefreshContext = createContext<RefreshStatus | undefined>(undefined);
const RefreshQueriesContext = createContext<UseQueryOptions<boolean>[]>([]);

export function RefreshProvider({ refresh, children }: { refresh: BackgroundRefresh; children: ReactNode }) {
  const { status, watched } = refresh;
  useEffect(() => status.start(), [status]);
  return (
    <RefreshContext value={status}>
      <RefreshQueriesContext value={watched}>{children}</RefreshQueriesContext>
    </RefreshContext>
  );
}

const subscribeToNothing = () => () => undefined;
const nothing = () => undefined;

/** The page's refresh state; undefined where no refresh runs (unit tests of a single widget). */
export function useRefreshStatus(): (RefreshSnapshot & { refreshNow: () => void }) | undefined {
  const status = useContext(RefreshContext);
  const snapshot = useSyncExternalStore(status?.subscribe ?? subscribeToNothing, status?.getSnapshot ?? nothing);
  if (!status || !snapshot) return undefined;
  return { ...snapshot, refreshNow: () => status.refreshNow() };
}

/** Marks that this page shows one notice for failed refreshes, so the areas do not each show their own. */
export function usePageRefreshNotice(): void {
  const status = useContext(RefreshContext);
  useEffect(() => status?.registerPageNotice(), [status]);
}

/** True while a page-level notice speaks for failed refreshes. */
export function useHasPageRefreshNotice(): boolean {
  return (useRefreshStatus()?.pageNotices ?? 0) > 0;
}

/** The queries that must stay observed for the page to follow the API (see refresh-watch.tsx); none without one. */
export function useRefreshQueries(): UseQueryOptions<boolean>[] {
  return useContext(RefreshQueriesContext);
}

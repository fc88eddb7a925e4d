import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { RefreshScheduler, RefreshSnapshot } from './refresh-scheduler';

const RefreshContext = createContext<RefreshScheduler | undefined>(undefined);

export function RefreshProvider({ scheduler, children }: { scheduler: RefreshScheduler; children: ReactNode }) {
  useEffect(() => scheduler.start(), [scheduler]);
  return <RefreshContext value={scheduler}>{children}</RefreshContext>;
}

const subscribeToNothing = () => () => undefined;
const nothing = () => undefined;

/** The page's refresh state; undefined where no scheduler runs (unit tests of a single widget). */
export function useRefreshStatus(): (RefreshSnapshot & { refreshNow: () => void }) | undefined {
  const scheduler = useContext(RefreshContext);
  const snapshot = useSyncExternalStore(scheduler?.subscribe ?? subscribeToNothing, scheduler?.getSnapshot ?? nothing);
  if (!scheduler || !snapshot) return undefined;
  return { ...snapshot, refreshNow: () => scheduler.refreshNow() };
}

/** Marks that this page shows one notice for failed refreshes, so the areas do not each show their own. */
export function usePageRefreshNotice(): void {
  const scheduler = useContext(RefreshContext);
  useEffect(() => scheduler?.registerPageNotice(), [scheduler]);
}

/** True while a page-level notice speaks for failed refreshes. */
export function useHasPageRefreshNotice(): boolean {
  return (useRefreshStatus()?.pageNotices ?? 0) > 0;
}

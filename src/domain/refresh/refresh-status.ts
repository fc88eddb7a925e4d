import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';

export interface RefreshSnapshot {
  /** When the figures shown were last fetched successfully (ms since the epoch). */
  lastSuccessAt: number | undefined;
  /** Some figures on screen are the last good ones: fetching them again failed. */
  stale: boolean;
  /** A schedule is on: only then does the page say when it last updated. */
  scheduled: boolean;
  /** The server has a newer build than the one running. */
  newBuild: boolean;
  /** How many page-level notices are on screen; while one is, per-area stale banners stay away. */
  pageNotices: number;
}

/**
 * What the page says about its freshness, read from the query cache (React reads it with useSyncExternalStore):
 * when the figures were last fetched, whether some on screen are the last good ones, whether a newer build is out.
 */
export class RefreshStatus {
  private snapshot: RefreshSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly queryClient: QueryClient,
    private readonly options: {
      scheduled: boolean;
      /** The figures' queries: their successes set the time the page shows. */
      isData: (query: Query) => boolean;
      /** The query whose fetch refreshes the whole page. */
      refreshKey: QueryKey;
      /** The query whose data says a newer build is deployed; none where no build is ever checked. */
      buildQueryKey?: QueryKey;
    },
  ) {
    this.snapshot = {
      lastSuccessAt: undefined,
      stale: false,
      scheduled: options.scheduled,
      newBuild: false,
      pageNotices: 0,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RefreshSnapshot => this.snapshot;

  /** Follows the query cache; returns the stop. */
  start(): () => void {
    this.read();
    return this.queryClient.getQueryCache().subscribe(() => this.read());
  }

  /** Fetches everything on the page again now (the notice's 重试). */
  refreshNow(): void {
    void this.queryClient.refetchQueries({ queryKey: this.options.refreshKey });
  }

  /** A page-level notice is shown; the returned function says it is gone. */
  registerPageNotice(): () => void {
    this.update({ pageNotices: this.snapshot.pageNotices + 1 });
    return () => this.update({ pageNotices: this.snapshot.pageNotices - 1 });
  }

  private read(): void {
    const data = this.queryClient.getQueryCache().findAll({ predicate: this.options.isData });
    // Shown: some part of the page observes it; the others are fetched when they are shown again.
    const shown = data.filter((query) => query.getObserversCount() > 0);
    const fetchedAt = Math.max(0, ...data.map((query) => query.state.dataUpdatedAt));
    const { buildQueryKey } = this.options;
    this.update({
      lastSuccessAt: fetchedAt > (this.snapshot.lastSuccessAt ?? 0) ? fetchedAt : this.snapshot.lastSuccessAt,
      stale: shown.some((query) => query.state.status === 'error' && query.state.data !== undefined),
      newBuild: buildQueryKey !== undefined && this.queryClient.getQueryData(buildQueryKey) === true,
    });
  }

  private update(change: Partial<RefreshSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    if ((Object.keys(change) as (keyof RefreshSnapshot)[]).every((key) => next[key] === this.snapshot[key])) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

import { HIDDEN_INTERVAL_FACTOR, retryDelay } from './backoff';

export interface RefreshSnapshot {
  /** When the figures shown were last fetched successfully (ms since the epoch). */
  lastSuccessAt: number | undefined;
  /** The last attempt failed (it is being retried on the backoff). */
  failing: boolean;
  /** Some figures on screen are the last good ones: fetching them again failed. */
  stale: boolean;
  /** A schedule is on (refreshIntervalMs > 0): only then does the page say when it last updated. */
  scheduled: boolean;
  /** The server has a newer build than the one running. */
  newBuild: boolean;
  /** How many page-level notices are on screen; while one is, per-area stale banners stay away. */
  pageNotices: number;
}

export interface RefreshSchedulerOptions {
  /** 0: no schedule. */
  intervalMs: number;
  /** Live mode: a failure (also of the first load) is retried on the backoff even with the schedule off. */
  retryFailures: boolean;
  /** Fetches everything shown again; resolves true when every figure on the page came back. */
  refresh: () => Promise<boolean>;
  /** Resolves true when a newer build is deployed. */
  checkBuild?: () => Promise<boolean>;
  now?: () => number;
}

/** Visible-again within this long of the last attempt does not fetch again (switching tabs back and forth). */
const REFRESH_ON_RETURN_AFTER_MS = 5_000;

/**
 * Keeps a page's figures following the API on its own: on a schedule, again at once when the network or the tab
 * comes back, and after a failure on the backoff. A small store React reads with useSyncExternalStore.
 */
export class RefreshScheduler {
  private snapshot: RefreshSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private inFlight = false;
  private lastAttemptAt = 0;
  private readonly now: () => number;

  constructor(private readonly options: RefreshSchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.snapshot = {
      lastSuccessAt: undefined,
      failing: false,
      stale: false,
      scheduled: options.intervalMs > 0,
      newBuild: false,
      pageNotices: 0,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RefreshSnapshot => this.snapshot;

  /** Starts the schedule and listens for `online` and the tab becoming visible; returns the stop. */
  start(): () => void {
    const onOnline = () => this.refreshNow();
    const onVisibility = () => {
      if (document.visibilityState !== 'visible') return;
      if (this.now() - this.lastAttemptAt >= REFRESH_ON_RETURN_AFTER_MS) this.refreshNow();
      else this.schedule();
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisibility);
    this.schedule();
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(this.timer);
    };
  }

  /** A query delivered figures (the first load, a refresh, a 重试). */
  noteFetched(at: number): void {
    if (this.snapshot.lastSuccessAt !== undefined && at <= this.snapshot.lastSuccessAt) return;
    this.update({ lastSuccessAt: at });
  }

  /** Whether every query on the page has its figures; seen outside a scheduled attempt (first load, 重试). */
  noteHealth(healthy: boolean): void {
    if (this.inFlight || healthy === !this.snapshot.failing) return;
    this.failures = healthy ? 0 : 1;
    this.update({ failing: !healthy });
    this.schedule();
  }

  /** Whether some figures on screen could not be fetched again (the page-level notice). */
  noteStale(stale: boolean): void {
    this.update({ stale });
  }

  /** Fetches again now, if this page refreshes at all (a schedule, or a failure being retried). */
  refreshNow(): void {
    if (this.active()) void this.run();
  }

  /** A page-level notice is shown; the returned function says it is gone. */
  registerPageNotice(): () => void {
    this.update({ pageNotices: this.snapshot.pageNotices + 1 });
    return () => this.update({ pageNotices: this.snapshot.pageNotices - 1 });
  }

  private active(): boolean {
    return this.options.intervalMs > 0 || (this.options.retryFailures && this.failures > 0);
  }

  private nextDelay(): number | undefined {
    const { intervalMs, retryFailures } = this.options;
    if (this.failures > 0) {
      if (intervalMs > 0 || retryFailures) return retryDelay(this.failures, intervalMs);
      return undefined;
    }
    if (intervalMs <= 0) return undefined;
    return document.visibilityState === 'hidden' ? intervalMs * HIDDEN_INTERVAL_FACTOR : intervalMs;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const delay = this.nextDelay();
    if (delay !== undefined) this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    clearTimeout(this.timer);
    this.lastAttemptAt = this.now();
    const [ok, newBuild] = await Promise.all([
      this.options.refresh().catch(() => false),
      this.options.checkBuild?.().catch(() => false) ?? Promise.resolve(false),
    ]);
    this.inFlight = false;
    this.failures = ok ? 0 : this.failures + 1;
    this.update({
      failing: !ok,
      newBuild: this.snapshot.newBuild || newBuild,
      ...(ok ? { lastSuccessAt: Math.max(this.snapshot.lastSuccessAt ?? 0, this.now()) } : {}),
    });
    this.schedule();
  }

  private update(change: Partial<RefreshSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    if ((Object.keys(change) as (keyof RefreshSnapshot)[]).every((key) => next[key] === this.snapshot[key])) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

import { QueryClient, QueryObserver, type Query } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelay } from '../../src/domain/refresh/backoff';
import { DEPLOYED_BUILD_KEY, deployedBuildQuery, isNewerBuildDeployed } from '../../src/domain/refresh/build-version';
import { claimBuildReload, claimChunkReload, resetReloadClaimsForTests } from '../../src/domain/refresh/reload-guard';
import { followPageHealth, PAGE_REFRESH_KEY, pageRefreshQuery } from '../../src/domain/refresh/page-refresh';
import { applyRefreshPolicy, type RefreshPolicy } from '../../src/domain/refresh/refresh-policy';
import { RefreshStatus } from '../../src/domain/refresh/refresh-status';

describe('retry backoff', () => {
  it('waits 30 s, 1 min, 2 min, then the refresh interval', () => {
    expect([1, 2, 3, 4, 9].map((failures) => retryDelay(failures, 300000))).toEqual([
      30000, 60000, 120000, 300000, 300000,
    ]);
  });

  it('never waits longer than a short interval', () => {
    expect([1, 2, 3, 4].map((failures) => retryDelay(failures, 45000))).toEqual([30000, 45000, 45000, 45000]);
  });

  it('keeps trying every 2 min when the schedule is off (a live page whose first load failed)', () => {
    expect([1, 2, 3, 4, 5].map((failures) => retryDelay(failures, 0))).toEqual([30000, 60000, 120000, 120000, 120000]);
  });
});

describe('the refresh policy on the query cache', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-05-01T06:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** A page showing one figure, refreshed under the policy; `answers(attempt)` says whether the API answers. */
  function showFigure(policy: RefreshPolicy, answers: (attempt: number) => boolean = () => true) {
    const start = Date.now();
    const at: number[] = [];
    // As the app's client, without the query's own quick retries: these tests are about the attempts between them.
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: 5 * 60000, refetchOnWindowFocus: false } },
    });
    // As QueryClientProvider does: the client starts following focus and the network.
    queryClient.mount();
    const isData = (query: Query) => query.queryKey[0] === 'figure';
    const stops = [applyRefreshPolicy(queryClient, policy, [PAGE_REFRESH_KEY]), followPageHealth(queryClient, isData)];
    const status = new RefreshStatus(queryClient, {
      scheduled: policy.intervalMs > 0,
      isData,
      refreshKey: PAGE_REFRESH_KEY,
    });
    stops.push(status.start());
    const figure = new QueryObserver(queryClient, {
      queryKey: ['figure'],
      queryFn: () => {
        at.push((Date.now() - start) / 60000);
        return answers(at.length) ? Promise.resolve(at.length) : Promise.reject(new Error('502'));
      },
    });
    stops.push(figure.subscribe(() => undefined));
    stops.push(new QueryObserver(queryClient, pageRefreshQuery(isData)).subscribe(() => undefined));
    return {
      at,
      status,
      stop: () => {
        for (const stop of stops) stop();
        queryClient.unmount();
        queryClient.clear();
      },
    };
  }

  it('refreshes on the interval while the API answers', async () => {
    const page = showFigure({ intervalMs: 300000, retryFailures: true });
    await vi.advanceTimersByTimeAsync(16 * 60000);
    page.stop();
    expect(page.at).toEqual([0, 5, 10, 15]);
    expect(page.status.getSnapshot()).toMatchObject({ stale: false, scheduled: true });
  });

  it('backs off after failures and goes back to the interval once the API answers again', async () => {
    // The load answers; attempts 2-5 fail (at 5, 5.5, 6.5, 8.5 min), the 6th (at 13.5) answers, then every 5 min.
    const page = showFigure({ intervalMs: 300000, retryFailures: true }, (attempt) => attempt < 2 || attempt > 5);
    await vi.advanceTimersByTimeAsync(19 * 60000);
    page.stop();
    expect(page.at).toEqual([0, 5, 5.5, 6.5, 8.5, 13.5, 18.5]);
    expect(page.status.getSnapshot().stale).toBe(false);
  });

  it('says when the figures were last fetched, and that the ones shown are the last good ones', async () => {
    const page = showFigure({ intervalMs: 300000, retryFailures: true }, (attempt) => attempt !== 3);
    await vi.advanceTimersByTimeAsync(10 * 60000);
    expect(page.status.getSnapshot()).toMatchObject({
      stale: true,
      lastSuccessAt: new Date('2026-05-01T06:05:00Z').getTime(),
    });
    page.stop();
  });

  it('retries a failed first load on the backoff with the schedule off, then stops', async () => {
    const page = showFigure({ intervalMs: 0, retryFailures: true }, (attempt) => attempt >= 3);
    await vi.advanceTimersByTimeAsync(60 * 60000);
    page.stop();
    expect(page.at.map((minutes) => minutes * 60)).toEqual([0, 30, 90]);
  });

  it('fetches nothing again in the demo without a schedule, even after a failure', async () => {
    const page = showFigure({ intervalMs: 0, retryFailures: false }, () => false);
    await vi.advanceTimersByTimeAsync(60 * 60000);
    page.stop();
    expect(page.at).toEqual([0]);
  });

  it('a hidden tab follows at a third of the rate', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const page = showFigure({ intervalMs: 300000, retryFailures: true });
    await vi.advanceTimersByTimeAsync(31 * 60000);
    page.stop();
    expect(page.at).toEqual([0, 15, 30]);
  });

  it('fetches at once when the network comes back, and not at all in the demo without a schedule', async () => {
    const live = showFigure({ intervalMs: 300000, retryFailures: true });
    const demo = showFigure({ intervalMs: 0, retryFailures: false });
    await vi.advanceTimersByTimeAsync(60000);
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    live.stop();
    demo.stop();
    expect(live.at).toEqual([0, 1]);
    expect(demo.at).toEqual([0]);
  });

  it('fetches when the tab is shown again, unless it fetched in the last 5 s', async () => {
    const page = showFigure({ intervalMs: 300000, retryFailures: true });
    // The browser's own event bubbles from the document.
    const shownAgain = () => document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(4000);
    shownAgain();
    await vi.advanceTimersByTimeAsync(56000);
    shownAgain();
    await vi.advanceTimersByTimeAsync(0);
    page.stop();
    expect(page.at).toEqual([0, 1]);
  });

  it('notices a new build on the schedule and keeps it when the next answer names the old one', async () => {
    const answers = [true, false];
    const queryClient = new QueryClient();
    const stopPolicy = applyRefreshPolicy(queryClient, { intervalMs: 60000, retryFailures: true }, [
      DEPLOYED_BUILD_KEY,
    ]);
    const status = new RefreshStatus(queryClient, {
      scheduled: true,
      isData: () => false,
      refreshKey: PAGE_REFRESH_KEY,
      buildQueryKey: DEPLOYED_BUILD_KEY,
    });
    const stopStatus = status.start();
    const observer = new QueryObserver(
      queryClient,
      deployedBuildQuery(() => Promise.resolve(answers.shift() ?? false)),
    );
    const stopObserving = observer.subscribe(() => undefined);
    await vi.advanceTimersByTimeAsync(30000);
    expect(status.getSnapshot().newBuild).toBe(false);
    await vi.advanceTimersByTimeAsync(30000);
    expect(status.getSnapshot().newBuild).toBe(true);
    await vi.advanceTimersByTimeAsync(60000);
    expect(status.getSnapshot().newBuild).toBe(true);
    stopObserving();
    stopStatus();
    stopPolicy();
  });
});

describe('chunk reload guard', () => {
  it('allows one automatic reload per page per 5 minutes', () => {
    const storage = new Map<string, string>();
    const store = { getItem: (key: string) => storage.get(key) ?? null, setItem: storage.set.bind(storage) };
    const t0 = new Date('2026-05-01T06:00:00Z').getTime();
    resetReloadClaimsForTests();
    expect(claimChunkReload(store, t0, '/screen')).toBe(true);
    resetReloadClaimsForTests(); // the reloaded page
    expect(claimChunkReload(store, t0 + 60000, '/screen')).toBe(false);
    expect(claimChunkReload(store, t0 + 60000, '/')).toBe(true);
    resetReloadClaimsForTests();
    expect(claimChunkReload(store, t0 + 5 * 60000, '/screen')).toBe(true);
    resetReloadClaimsForTests();
  });
});

describe('new build reload guard', () => {
  it('allows one automatic reload per tab per 10 minutes, whatever the page', () => {
    const storage = new Map<string, string>();
    const store = { getItem: (key: string) => storage.get(key) ?? null, setItem: storage.set.bind(storage) };
    const t0 = new Date('2026-05-01T06:00:00Z').getTime();
    resetReloadClaimsForTests();
    expect(claimBuildReload(store, t0)).toBe(true);
    resetReloadClaimsForTests();
    expect(claimBuildReload(store, t0 + 30_000)).toBe(false);
    expect(claimBuildReload(store, t0 + 9 * 60_000 + 59_000)).toBe(false);
    expect(claimBuildReload(store, t0 + 10 * 60_000)).toBe(true);
    resetReloadClaimsForTests();
  });

  it('refuses when storage refuses: without the record a reload could loop', () => {
    const store = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    resetReloadClaimsForTests();
    expect(claimBuildReload(store, Date.now())).toBe(false);
  });
});

describe('isNewerBuildDeployed', () => {
  const answering =
    (body: string, status = 200) =>
    () =>
      Promise.resolve(new Response(body, { status }));
  it.each([
    ['another build', '{"build":"b-2"}', true],
    ['the running build', '{"build":"b-1"}', false],
    ['an empty id', '{"build":""}', false],
    ['a blank id', '{"build":"  "}', false],
    ['no id', '{}', false],
    ['a number', '{"build":2}', false],
    ['not JSON', '<html>', false],
  ])('%s: %s', async (_what, body, expected) => {
    expect(await isNewerBuildDeployed('/', 'b-1', answering(body))).toBe(expected);
  });
  it('an error page is no new build', async () => {
    expect(await isNewerBuildDeployed('/', 'b-1', answering('{"build":"b-2"}', 502))).toBe(false);
  });
});

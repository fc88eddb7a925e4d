import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelay } from '../../src/domain/refresh/backoff';
import { isNewerBuildDeployed } from '../../src/domain/refresh/build-version';
import { claimBuildReload, claimChunkReload, resetReloadClaimsForTests } from '../../src/domain/refresh/reload-guard';
import { RefreshScheduler } from '../../src/domain/refresh/refresh-scheduler';

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

describe('RefreshScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-05-01T06:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The minutes (from the start) at which the scheduler fetched, with the API failing at the given attempts. */
  async function attemptTimes(intervalMs: number, failing: (attempt: number) => boolean, minutes: number) {
    const start = Date.now();
    const at: number[] = [];
    const scheduler = new RefreshScheduler({
      intervalMs,
      retryFailures: true,
      refresh: () => {
        at.push((Date.now() - start) / 60000);
        return Promise.resolve(!failing(at.length));
      },
    });
    const stop = scheduler.start();
    await vi.advanceTimersByTimeAsync(minutes * 60000);
    stop();
    return { at, scheduler };
  }

  it('refreshes on the interval while the API answers', async () => {
    const { at, scheduler } = await attemptTimes(300000, () => false, 16);
    expect(at).toEqual([5, 10, 15]);
    expect(scheduler.getSnapshot()).toMatchObject({ failing: false, scheduled: true });
  });

  it('backs off after failures and goes back to the interval once the API answers again', async () => {
    // Attempts 1-4 fail (at 5, 5.5, 6.5, 8.5 min), the 5th (at 13.5) succeeds, then every 5 min again.
    const { at, scheduler } = await attemptTimes(300000, (attempt) => attempt <= 4, 19);
    expect(at).toEqual([5, 5.5, 6.5, 8.5, 13.5, 18.5]);
    expect(scheduler.getSnapshot().failing).toBe(false);
  });

  it('says when the figures were last fetched and that an update failed', async () => {
    const { scheduler } = await attemptTimes(300000, (attempt) => attempt === 2, 10);
    expect(scheduler.getSnapshot()).toMatchObject({
      failing: true,
      lastSuccessAt: new Date('2026-05-01T06:05:00Z').getTime(),
    });
  });

  it('retries a failed first load on the backoff with the schedule off', async () => {
    const attempts: number[] = [];
    const scheduler = new RefreshScheduler({
      intervalMs: 0,
      retryFailures: true,
      refresh: () => {
        attempts.push(Date.now());
        return Promise.resolve(attempts.length >= 2);
      },
    });
    const stop = scheduler.start();
    await vi.advanceTimersByTimeAsync(60 * 60000);
    expect(attempts).toEqual([]);
    scheduler.noteHealth(false);
    await vi.advanceTimersByTimeAsync(10 * 60000);
    stop();
    const start = new Date('2026-05-01T07:00:00Z').getTime();
    expect(attempts.map((time) => (time - start) / 1000)).toEqual([30, 90]);
    expect(scheduler.getSnapshot()).toMatchObject({ failing: false, scheduled: false });
  });

  it('fetches at once when the network comes back, and not at all in the demo without a schedule', async () => {
    let calls = 0;
    const refresh = () => Promise.resolve(++calls > 0);
    const live = new RefreshScheduler({ intervalMs: 300000, retryFailures: true, refresh });
    const demo = new RefreshScheduler({ intervalMs: 0, retryFailures: false, refresh });
    const stops = [live.start(), demo.start()];
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    for (const stop of stops) stop();
  });

  it('notices a new build on a refresh', async () => {
    const scheduler = new RefreshScheduler({
      intervalMs: 60000,
      retryFailures: true,
      refresh: () => Promise.resolve(true),
      checkBuild: () => Promise.resolve(true),
    });
    const stop = scheduler.start();
    expect(scheduler.getSnapshot().newBuild).toBe(false);
    await vi.advanceTimersByTimeAsync(60000);
    expect(scheduler.getSnapshot().newBuild).toBe(true);
    stop();
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

/** At most one automatic reload per page per this long; a second chunk failure in it shows the alert. */
export const CHUNK_RELOAD_WINDOW_MS = 5 * 60_000;
const KEY_PREFIX = 'shanxi-ict-dashboard.chunk-reload-at:';

let claimedThisLoad = false;

/**
 * A lazy chunk that failed to arrive usually means dist/ was replaced under an open page: one reload fetches the
 * new build. Returns true when this page should reload now (and records it); false when it already did within
 * the window, where the alert with 重新加载 shows instead. Never in the offline file, which has no server.
 */
export function claimChunkReload(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeSessionStorage(),
  now: number = Date.now(),
  page: string = typeof window === 'undefined' ? '' : window.location.pathname,
): boolean {
  if (import.meta.env.MODE === 'portable' || !storage) return false;
  // Render and the error boundary may both ask during the same failure (StrictMode renders twice).
  if (claimedThisLoad) return true;
  const key = `${KEY_PREFIX}${page}`;
  const last = Number(storage.getItem(key));
  if (Number.isFinite(last) && last > 0 && now - last < CHUNK_RELOAD_WINDOW_MS) return false;
  try {
    storage.setItem(key, String(now));
  } catch {
    return false; // storage full or refused: without the record a reload could loop
  }
  claimedThisLoad = true;
  return true;
}

/** For tests of the guard: a new page load. */
export function resetChunkReloadClaimForTests(): void {
  claimedThisLoad = false;
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

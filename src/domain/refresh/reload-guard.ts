/** At most one automatic reload per page per this long for a missing chunk; a second failure in it shows the alert. */
export const CHUNK_RELOAD_WINDOW_MS = 5 * 60_000;
/**
 * At most one automatic reload per tab per this long for a new build. A load balancer with one node still on the
 * old build would otherwise reload a hidden tab at every check, for as long as that node lives.
 */
export const BUILD_RELOAD_WINDOW_MS = 10 * 60_000;

const KEY_PREFIX = 'shanxi-ict-dashboard.';

type ReloadStorage = Pick<Storage, 'getItem' | 'setItem'>;

const claimedThisLoad = new Set<string>();

/**
 * Whether the page may reload itself now for `key`, recording it in sessionStorage (which survives the reload, and
 * belongs to this tab only): false when it already did within `windowMs`, when storage is refused (without the
 * record a reload could loop), and always in the offline file, which has no server to bring anything new.
 */
function claimReload(key: string, windowMs: number, storage: ReloadStorage | undefined, now: number): boolean {
  if (import.meta.env.MODE === 'portable' || !storage) return false;
  // Render and the error boundary may both ask during the same failure (StrictMode renders twice).
  if (claimedThisLoad.has(key)) return true;
  const last = Number(storage.getItem(key));
  if (Number.isFinite(last) && last > 0 && now - last < windowMs) return false;
  try {
    storage.setItem(key, String(now));
  } catch {
    return false;
  }
  claimedThisLoad.add(key);
  return true;
}

/**
 * A lazy chunk that failed to arrive usually means dist/ was replaced under an open page: one reload fetches the
 * new build. Returns true when this page should reload now (and records it); false when it already did within
 * the window, where the alert with 重新加载 shows instead.
 */
export function claimChunkReload(
  storage: ReloadStorage | undefined = safeSessionStorage(),
  now: number = Date.now(),
  page: string = typeof window === 'undefined' ? '' : window.location.pathname,
): boolean {
  return claimReload(`${KEY_PREFIX}chunk-reload-at:${page}`, CHUNK_RELOAD_WINDOW_MS, storage, now);
}

/** The automatic reload for a newly deployed build; when refused, the 更新 notice stays for a person to use. */
export function claimBuildReload(
  storage: ReloadStorage | undefined = safeSessionStorage(),
  now: number = Date.now(),
): boolean {
  return claimReload(`${KEY_PREFIX}build-reload-at`, BUILD_RELOAD_WINDOW_MS, storage, now);
}

/** How long until claimBuildReload may say yes again; 0 when it may now. */
export function msUntilBuildReload(
  storage: ReloadStorage | undefined = safeSessionStorage(),
  now: number = Date.now(),
): number {
  const last = Number(storage?.getItem(`${KEY_PREFIX}build-reload-at`));
  if (!Number.isFinite(last) || last <= 0) return 0;
  return Math.max(0, last + BUILD_RELOAD_WINDOW_MS - now);
}

/** For tests of the guard: a new page load. */
export function resetReloadClaimsForTests(): void {
  claimedThisLoad.clear();
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

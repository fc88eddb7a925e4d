/**
 * Stands in for tldts, which msw reaches through tough-cookie's cookie store. The mocks set no cookies, so the
 * public suffix list (over 100 KiB gzip, and a long parse on a slow phone) is never needed; this returns the last
 * two labels of a host, the naive registrable domain. Aliased in vite.config.ts; only the mock code uses it.
 */
export function getDomain(hostname: string): string | null {
  const labels = hostname.split('.').filter(Boolean);
  if (labels.length === 0) return null;
  return labels.slice(-2).join('.');
}

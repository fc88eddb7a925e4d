import { SIGNED_IN_HINT_COOKIE } from '@/api/admin-names';

/**
 * Whether someone signed in to the data page on this browser (`shanxi_signed_in=1`, a cookie with no secret in it):
 * only a hint for showing the 数据管理 link; the session cookie the page cannot read is what grants anything.
 */
export function hasSignedInHint(cookie: string = typeof document === 'undefined' ? '' : document.cookie): boolean {
  return cookie.split(';').some((part) => part.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);
}

/**
 * Sets or clears the hint after signing in or out on the data page. The service sets it too; setting it here only
 * when it is missing keeps the service's own attributes (its lifetime) when it did.
 */
export function setSignedInHint(signedIn: boolean): void {
  if (signedIn && hasSignedInHint()) return;
  document.cookie = signedIn
    ? `${SIGNED_IN_HINT_COOKIE}=1; Path=/; SameSite=Strict`
    : `${SIGNED_IN_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`;
}

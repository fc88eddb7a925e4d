/**
 * The admin contract's names that the public pages need too, without zod: the first paint reads the signed-in hint
 * (the header's 数据管理 link) and the preview parameter (src/main.tsx), and must not load the schemas for that.
 * `admin-schemas.ts` re-exports them, so the service and the editors' page name them from one place.
 */

/** The name of the session cookie (HttpOnly, SameSite=Strict, Path=/; Secure over HTTPS). */
export const SESSION_COOKIE = 'shanxi_session';
/**
 * A cookie with no secret in it, readable by the page, saying someone signed in on this browser: the public pages
 * show the 数据管理 link without asking the server on every visit. The session cookie is what grants anything.
 */
export const SIGNED_IN_HINT_COOKIE = 'shanxi_signed_in';
/** Preview of a draft: the contract's GET paths with `?revision=N`, for signed-in people only, never cached. */
export const PREVIEW_PARAM = 'revision';
/** The admin API lives under the public API's base URL: `${apiBaseUrl}/admin`. */
export const ADMIN_PATH = 'admin';

import { createHash, randomBytes } from 'node:crypto';
import { getCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { SESSION_COOKIE, SIGNED_IN_HINT_COOKIE } from '@/api/admin-schemas';

/** A new session id: 256 random bits. The browser holds it; the store keeps only its SHA-256. */
export const newSessionId = () => randomBytes(32).toString('base64url');

export const hashSessionId = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');

/** The session id the browser sent, when it has the shape of one. */
export function sessionIdOf(c: Context): string | undefined {
  const id = getCookie(c, SESSION_COOKIE);
  return id && /^[A-Za-z0-9_-]{43}$/.test(id) ? id : undefined;
}

/**
 * No Max-Age or Expires: both cookies go when the browser closes; the server ends an idle session on its own.
 * The hint has no secret and is readable by the page (not HttpOnly); the session cookie grants everything.
 */
export function setSessionCookies(c: Context, id: string, secure: boolean): void {
  const tail = `; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  c.header('Set-Cookie', `${SESSION_COOKIE}=${id}; HttpOnly${tail}`, { append: true });
  c.header('Set-Cookie', `${SIGNED_IN_HINT_COOKIE}=1${tail}`, { append: true });
}

export function clearSessionCookies(c: Context, secure: boolean): void {
  const tail = `; Max-Age=0; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;
  c.header('Set-Cookie', `${SESSION_COOKIE}=; HttpOnly${tail}`, { append: true });
  c.header('Set-Cookie', `${SIGNED_IN_HINT_COOKIE}=${tail}`, { append: true });
}

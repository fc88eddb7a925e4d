import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Role } from '@/api/admin-schemas';
import type { Store } from '../store/store';

/**
 * owner: whoever holds the data directory (the local key the server writes beside the embedded store): manages
 * tokens, people, backups and restores. Tokens and people carry editor or publisher. `via` says how the request
 * proved it: a browser's (password: the session cookie; proxy: the gateway's header) must also prove its origin.
 */
export type Principal = {
  name: string;
  role: Role | 'owner';
  via: 'password' | 'proxy' | 'token';
  /** The SHA-256 of the session id, for a principal signed in with the session cookie. */
  sessionHash?: string;
};

/** What the admin API's handlers know about the request once it is authenticated. */
export type AdminEnv = { Variables: { principal: Principal; actor: { name: string; address: string | null } } };

export const DEFAULT_TRUSTED_PROXIES: readonly string[] = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

const rank: Record<Principal['role'], number> = { editor: 1, publisher: 2, owner: 3 };
export const mayAct = (principal: Principal, needed: Principal['role']) => rank[principal.role] >= rank[needed];

/** After this many failed credentials from one address in the window, that address is refused for the window. */
const MAX_FAILURES = 10;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export class FailedAttempts {
  readonly #byAddress = new Map<string, { count: number; since: number }>();

  blocked(address: string, now = Date.now()): boolean {
    const entry = this.#byAddress.get(address);
    if (entry && now - entry.since > FAILURE_WINDOW_MS) this.#byAddress.delete(address);
    return (this.#byAddress.get(address)?.count ?? 0) >= MAX_FAILURES;
  }

  record(address: string, now = Date.now()): void {
    const entry = this.#byAddress.get(address);
    if (!entry || now - entry.since > FAILURE_WINDOW_MS) this.#byAddress.set(address, { count: 1, since: now });
    else entry.count += 1;
    if (this.#byAddress.size > 10_000) this.#byAddress.clear();
  }
}

/** The address the connection comes from (undefined for in-process requests with no socket). */
export function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The address to audit: the peer, or the client an nginx on a trusted address forwarded for. */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string | null {
  const peer = peerAddress(c);
  const forwarded = c.req.header('x-forwarded-for');
  if (peer && forwarded && trustedProxies.includes(peer)) return forwarded.split(',').at(-1)?.trim() || peer;
  return peer ?? null;
}

/** Over TLS here, or at a trusted proxy that says so (X-Forwarded-Proto: https). */
export function requestIsHttps(c: Context, trustedProxies: readonly string[]): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const peer = peerAddress(c);
  const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https' && peer !== undefined && trustedProxies.includes(peer);
}

/** This site's origin as the browser sees it: the Host it asked for, with the scheme a TLS proxy took it over. */
export function siteOrigin(c: Context, trustedProxies: readonly string[]): string {
  const url = new URL(c.req.url);
  return `${requestIsHttps(c, trustedProxies) ? 'https:' : url.protocol}//${url.host}`;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads `Authorization: Bearer <token>` (or `Local <key>`); undefined when absent or wrong. */
export async function authenticate(
  header: string | undefined,
  store: Store,
  localKey: string | undefined,
): Promise<Principal | undefined> {
  const match = /^(Bearer|Local)\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  if (match[1].toLowerCase() === 'local') {
    return localKey && sameSecret(match[2], localKey)
      ? { name: 'local-owner', role: 'owner', via: 'token' }
      : undefined;
  }
  const person = await store.authenticate(match[2]);
  return person ? { name: `token:${person.name}`, role: person.role, via: 'token' } : undefined;
}

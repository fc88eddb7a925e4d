import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Role } from '@/api/admin-schemas';
import type { Store } from '../store/store';

/**
 * owner: whoever holds the data directory (the local key the server writes beside the embedded store): manages
 * tokens, backups and restores. Tokens carry editor or publisher.
 */
export type Principal = { name: string; role: Role | 'owner' };

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

/** The address to audit: the peer, or the client an nginx on a trusted address forwarded for. */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string | null {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  const forwarded = c.req.header('x-forwarded-for');
  if (peer && forwarded && trustedProxies.includes(peer)) return forwarded.split(',').at(-1)?.trim() || peer;
  return peer ?? null;
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
    return localKey && sameSecret(match[2], localKey) ? { name: 'local-owner', role: 'owner' } : undefined;
  }
  const person = await store.authenticate(match[2]);
  return person ? { name: `token:${person.name}`, role: person.role } : undefined;
}

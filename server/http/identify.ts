import type { Context } from 'hono';
import type { Store } from '../store/store';
import { authenticate, clientAddress, FailedAttempts, peerAddress, type Principal } from './admin-auth';
import type { AuthProxy } from './auth-proxy';
import { hashSessionId, sessionIdOf } from './session-cookies';

/** A session ends after this long without a request (Session.idleMinutes). */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;

export interface AuthConfig {
  store: Store;
  /** The owner's key (`Authorization: Local …`); undefined: nobody is the owner over HTTP. */
  localKey?: string;
  /** Peers whose X-Forwarded-For, X-Forwarded-Proto and proxy header are believed. */
  trustedProxies: readonly string[];
  proxy?: AuthProxy;
  /** Milliseconds since the epoch; injectable so tests can let hours pass. */
  clock: () => number;
  idleMs: number;
}

export interface Refusal {
  status: 401 | 403 | 429;
  code: string;
  message: string;
}

export type Identified = { principal: Principal } | { refusal: Refusal };

const unauthenticated: Refusal = {
  status: 401,
  code: 'unauthenticated',
  message: 'Sign in, or send a valid token (Authorization: Bearer …)',
};

/**
 * Who a request is from, in order: a bearer token or the owner's local key, the session cookie, the auth proxy's
 * header. A request that sets the proxy header from an address that is not a trusted proxy is refused outright:
 * someone is trying to name themselves.
 */
export class Authenticator {
  /** Wrong tokens by address; a token is 256 random bits, the lock only keeps a scanner from trying. */
  readonly tokenFailures = new FailedAttempts();

  constructor(readonly config: AuthConfig) {}

  async identify(c: Context): Promise<Identified> {
    const { store, localKey, trustedProxies, proxy, clock, idleMs } = this.config;
    const proxyName = proxy ? c.req.header(proxy.header) : undefined;
    if (proxyName !== undefined) {
      const peer = peerAddress(c);
      if (peer === undefined || !trustedProxies.includes(peer)) {
        return {
          refusal: {
            status: 403,
            code: 'untrusted-proxy-header',
            message: 'The sign-in header is only accepted from the trusted proxy',
          },
        };
      }
    }

    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const key = clientAddress(c, trustedProxies) ?? 'unknown';
      if (this.tokenFailures.blocked(key, clock())) {
        return {
          refusal: {
            status: 429,
            code: 'too-many-failures',
            message: 'Too many failed sign-ins from this address; try again in 15 minutes',
          },
        };
      }
      const principal = await authenticate(authorization, store, localKey);
      if (principal) return { principal };
      this.tokenFailures.record(key, clock());
      return { refusal: unauthenticated };
    }

    const sessionId = sessionIdOf(c);
    if (sessionId !== undefined) {
      const sessionHash = hashSessionId(sessionId);
      const now = clock();
      const person = await store.touchSession(sessionHash, new Date(now), new Date(now - idleMs));
      if (person) return { principal: { ...person, via: 'password', sessionHash } };
    }

    if (proxy && proxyName !== undefined) {
      const name = proxyName.trim();
      const role = proxy.roles.get(name);
      if (!name || !role) {
        return { refusal: { status: 403, code: 'no-role', message: `${name || 'This person'} has no role here` } };
      }
      return { principal: { name, role, via: 'proxy' } };
    }
    return { refusal: unauthenticated };
  }
}

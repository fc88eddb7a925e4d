import { Hono } from 'hono';
import type { ApiError } from '@/api/schemas';
import type { Store } from '../store/store';
import { adminApi } from './admin-api';
import { DEFAULT_TRUSTED_PROXIES } from './admin-auth';
import type { AuthProxy } from './auth-proxy';
import { DraftPreview } from './draft-preview';
import { Authenticator, SESSION_IDLE_MS } from './identify';
import type { Logger } from './logger';
import { publicApi } from './public-api';
import { PublishedState } from './published-state';
import { staticSite } from './static-site';

export interface ServiceOptions {
  store: Store;
  log: Logger;
  /** The built dashboard to serve beside the API; none: the API alone. */
  distDir?: string;
  localKey?: string;
  /** Peers whose forwarding headers and auth-proxy header are believed; default loopback. */
  trustedProxies?: readonly string[];
  /** Sign-in by a gateway's header (AUTH_PROXY_HEADER, AUTH_PROXY_ROLES); none: no such sign-in. */
  authProxy?: AuthProxy;
  /** Milliseconds since the epoch, for sessions and sign-in locks; tests move it. */
  clock?: () => number;
  /** A session ends after this long without a request; default 8 hours. */
  sessionIdleMs?: number;
}

export interface Service {
  app: Hono;
  store: Store;
  state: PublishedState;
  /** Stops following the store (the caller closes the store). */
  stop(): Promise<void>;
}

/** The data service as one Hono app: health, the admin API, the public contract, and optionally the dashboard. */
export async function createService({
  store,
  log,
  distDir,
  localKey,
  trustedProxies = DEFAULT_TRUSTED_PROXIES,
  authProxy,
  clock = Date.now,
  sessionIdleMs = SESSION_IDLE_MS,
}: ServiceOptions): Promise<Service> {
  const state = new PublishedState(store, log);
  await state.start();
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', (c) => {
    const revision = state.answers?.revision;
    return revision === undefined
      ? c.json({ status: 'starting' }, 503)
      : c.json({ status: 'ready', revision }, 200, { 'Cache-Control': 'no-store' });
  });
  const auth = new Authenticator({
    store,
    localKey,
    trustedProxies,
    proxy: authProxy,
    clock,
    idleMs: sessionIdleMs,
  });
  app.route('/api/admin', adminApi({ store, state, log, auth }));
  app.route('/api', publicApi(state, new DraftPreview(store, auth)));
  app.all('/api/*', (c) =>
    c.json<ApiError>({ error: { code: 'not-found', message: `Nothing at ${c.req.path}; see /openapi.json` } }, 404, {
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-store',
    }),
  );
  if (distDir) app.route('/', staticSite(distDir));
  app.onError((error, c) => {
    log.error('request failed', { path: c.req.path, error });
    return c.json<ApiError>({ error: { code: 'internal', message: 'The statistics service failed' } }, 500);
  });
  return { app, store, state, stop: () => state.stop() };
}

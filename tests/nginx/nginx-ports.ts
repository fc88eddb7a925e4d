/** Ports of the nginx tests: E2E_PORT+5 … +9, so they never meet the vite preview servers (E2E_PORT, +1). */
const BASE_PORT = Number(process.env.E2E_PORT ?? 4180);

/** dist/ behind deploy/nginx/dashboard.conf, as deployed at the site root. */
export const ROOT_SITE_PORT = BASE_PORT + 5;
/** dist-subpath/ behind the same template with {{BASE}} = /dash/. */
export const SUBPATH_SITE_PORT = BASE_PORT + 6;
/** A portal listed in {{EMBED_ORIGINS}}: it may frame /embed/<id>. */
export const LISTED_HOST_PORT = BASE_PORT + 7;
/** A site that is not listed: it may frame nothing. */
export const UNLISTED_HOST_PORT = BASE_PORT + 8;

/** dist/ with config.json set to the real API (mocks off), which api-proxy.conf forwards to the mock API over HTTP. */
export const LIVE_SITE_PORT = BASE_PORT + 9;

export const ROOT_SITE = `http://localhost:${ROOT_SITE_PORT}`;
export const SUBPATH_SITE = `http://localhost:${SUBPATH_SITE_PORT}`;
export const LISTED_HOST = `http://localhost:${LISTED_HOST_PORT}`;
export const UNLISTED_HOST = `http://localhost:${UNLISTED_HOST_PORT}`;
export const LIVE_SITE = `http://localhost:${LIVE_SITE_PORT}`;

/** The id framed by the host pages: the mobile phone users card. */
export const EMBED_PATH = '/embed/mobile-phone-users';

/** dist/ in live mode with data-service-proxy.conf: /api/ to two replicas of the data service on one PostgreSQL. */
export const DATA_SERVICE_SITE_PORT = BASE_PORT + 10;
export const DATA_SERVICE_SITE = `http://localhost:${DATA_SERVICE_SITE_PORT}`;
/** The replicas, and their throw-away PostgreSQL cluster (not +24, where test:server's cluster runs beside them). */
export const DATA_SERVICE_REPLICA_PORTS = [BASE_PORT + 30, BASE_PORT + 31] as const;
export const DATA_SERVICE_PG_PORT = BASE_PORT + 32;

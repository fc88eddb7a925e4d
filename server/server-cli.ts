import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { authProxyFromEnv, parseTrustedProxies, type AuthProxy } from './http/auth-proxy';
import { hasBuild } from './http/static-site';
import { createService } from './http/create-service';
import { jsonLogger } from './http/logger';
import { claimDataDir, DEFAULT_DATA_DIR, storeLocation, type DataDirClaim } from './store/store-location';
import { openStore } from './store/open-store';

export const DEFAULT_SERVER_PORT = 4180;
/** Open requests (an import of a large workbook) get this long after SIGTERM. */
export const shutdownGraceMs = 15_000;

export const serverUsage = [
  'usage: npm run server -- [--port N] [--host ADDR] [--data-dir DIR] [--dist DIR]',
  `  --port      port (default $PORT, else ${DEFAULT_SERVER_PORT})`,
  '  --host      address to listen on (default 127.0.0.1; 0.0.0.0 for replicas behind a load balancer)',
  `  --data-dir  the embedded store's directory (default ${DEFAULT_DATA_DIR}); DATABASE_URL=postgres://… uses PostgreSQL instead`,
  '  --dist      the built dashboard to serve beside /api (default dist; the API alone when it has no build)',
  'environment:',
  '  DATABASE_URL       PostgreSQL instead of the embedded store',
  '  TRUSTED_PROXIES    comma-separated proxy addresses whose X-Forwarded-* and sign-in header are believed (default loopback)',
  '  AUTH_PROXY_HEADER  a header the trusted proxy names the signed-in person in (e.g. X-Remote-User)',
  "  AUTH_PROXY_ROLES   each such name's role: zhang=publisher,li=editor (a name not listed is refused)",
].join('\n');

/** `npm run server` (and `npm run live` after its build): the data service until SIGINT or SIGTERM. */
export async function main({ argv, signal }: { argv: string[]; signal: AbortSignal }): Promise<number> {
  const log = jsonLogger();
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        'data-dir': { type: 'string', default: DEFAULT_DATA_DIR },
        dist: { type: 'string', default: 'dist' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`server: ${error instanceof Error ? error.message : String(error)}\n${serverUsage}`);
    return 2;
  }
  if (values.help) {
    console.log(serverUsage);
    return 0;
  }
  const port = Number(values.port ?? process.env.PORT ?? DEFAULT_SERVER_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`server: --port must be a port number 0–65535\n${serverUsage}`);
    return 2;
  }
  let authProxy: AuthProxy | undefined;
  try {
    authProxy = authProxyFromEnv(process.env);
  } catch (error) {
    console.error(`server: ${error instanceof Error ? error.message : String(error)}\n${serverUsage}`);
    return 2;
  }
  const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  const location = storeLocation(values['data-dir'], process.env.DATABASE_URL);
  const localKey = randomBytes(32).toString('base64url');
  let claim: DataDirClaim | undefined;
  if (location.kind === 'directory') {
    try {
      claim = await claimDataDir(values['data-dir'], { pid: process.pid, key: localKey });
    } catch (error) {
      log.error(error instanceof Error ? error.message : String(error));
      return 1;
    }
  }
  const started = Date.now();
  const store = await openStore(location);
  const service = await createService({
    store,
    log,
    distDir: hasBuild(values.dist) ? values.dist : undefined,
    localKey: claim ? localKey : undefined,
    trustedProxies,
    authProxy,
  });
  if (!hasBuild(values.dist))
    log.warn('no build to serve beside the API; run npm run build (or npm run live)', { dist: values.dist });

  const server = serve({
    fetch: service.app.fetch,
    port,
    hostname: values.host,
    serverOptions: { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    log.error(`cannot listen on ${values.host}:${port} (try --port N)`, { error });
    await service.stop();
    await store.close();
    await claim?.release();
    return 1;
  }
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = values.host === '0.0.0.0' || values.host === '::' ? 'localhost' : values.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${boundPort}`;
  await claim?.announce(url);
  log.info('listening', {
    url,
    store: location.kind === 'url' ? 'postgresql' : `pglite:${values['data-dir']}`,
    revision: service.state.answers?.revision,
    startMs: Date.now() - started,
  });

  if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  log.info('shutting down: finishing open requests');
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
  await service.stop();
  await store.close();
  await claim?.release();
  log.info('stopped');
  return 0;
}

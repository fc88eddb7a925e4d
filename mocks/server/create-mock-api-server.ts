import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, http, type RequestHandler } from 'msw';
import type { ApiError } from '../../src/api/schemas';
import { createService, type Service } from '../../server/http/create-service';
import { memoryLogger } from '../../server/http/logger';
import { openStore } from '../../server/store/open-store';
import { applyScenario, type ScenarioName } from '../handlers/scenarios';

export const MOCK_API_DEFAULT_PORT = 4174;
export const MOCK_API_BASE_PATH = '/api';

// The handlers match absolute URLs, while the server may be reached as localhost, 127.0.0.1 or any
// other name: every request is matched on this fixed origin plus its own path.
const HANDLER_ORIGIN = 'http://mock-api.invalid';

// Lower case, as Headers.forEach gives the answer's own: the service's CORS headers replace these, never double them.
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-max-age': '600',
};

export interface MockApiServerOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  scenario?: ScenarioName;
  /** Called once per answered request, e.g. `200 GET /api/report`. */
  onRequest?: (line: string) => void;
}

export interface MockApiServer {
  /** The API base URL to put in config.json, e.g. http://localhost:4174/api. */
  url: string;
  port: number;
  close(): Promise<void>;
  /**
   * For tests of a live API that changes while a page is open (new figures, an outage, the recovery): these
   * handlers answer before the dataset's, like msw's server.use. Only reachable in-process, never over HTTP.
   */
  use(...handlers: RequestHandler[]): void;
  /** Back to the dataset alone. */
  resetHandlers(): void;
}

/** The contract is read-only: no request needs a body, so none is read (a client cannot make the mock buffer one). */
function hasBody(message: IncomingMessage): boolean {
  const length = message.headers['content-length'];
  return message.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function toFetchRequest(message: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  const method = message.method ?? 'GET';
  const { pathname, search } = new URL(message.url ?? '/', HANDLER_ORIGIN);
  return new Request(new URL(`${pathname}${search}`, HANDLER_ORIGIN), { method, headers });
}

const jsonError = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } } satisfies ApiError, { status });

async function answer(handlers: RequestHandler[], message: IncomingMessage): Promise<Response> {
  const method = message.method ?? 'GET';
  if (method === 'OPTIONS') {
    const requested = message.headers['access-control-request-headers'];
    return new Response(null, {
      status: 204,
      headers: requested ? { 'Access-Control-Allow-Headers': requested } : {},
    });
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const refused = jsonError(405, 'method-not-allowed', `${method} is not part of the contract; it is read-only`);
    refused.headers.set('Allow', 'GET, HEAD, OPTIONS');
    return refused;
  }
  if (hasBody(message)) return jsonError(413, 'body-not-allowed', 'Requests to this API carry no body');
  try {
    const request = toFetchRequest(message);
    const response = await getResponse(handlers, request);
    return (
      response ??
      jsonError(
        404,
        'not-found',
        `No mock for ${method} ${new URL(request.url).pathname}; the API lives under ${MOCK_API_BASE_PATH}/`,
      )
    );
  } catch (cause) {
    return jsonError(500, 'mock-failure', cause instanceof Error ? cause.message : String(cause));
  }
}

async function send(response: Response, message: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const bodyless = message.method === 'HEAD' || response.status === 204 || response.status === 304;
  const body = bodyless ? undefined : Buffer.from(await response.arrayBuffer());
  if (body) headers['content-length'] = String(body.byteLength);
  // An unread request body must not be kept: close the connection after a refusal.
  if (response.status === 405 || response.status === 413) headers.connection = 'close';
  outgoing.writeHead(response.status, headers);
  outgoing.end(body);
}

let sharedService: Promise<Service> | undefined;
/** One throw-away store per process, kept for its life: PGlite is slow to start, and the mock API never writes. */
const articleService = () =>
  (sharedService ??= openStore({ kind: 'memory' }).then((store) => createService({ store, log: memoryLogger() })));

/** Ends the process's throw-away store (the CLI, on its way out: an open PGlite keeps the process alive). */
export async function stopArticleService(): Promise<void> {
  const running = sharedService;
  sharedService = undefined;
  if (!running) return;
  const service = await running;
  await service.stop();
  await service.store.close();
}

/**
 * The data service on a throw-away store (PGlite in memory, seeded with the article) over real HTTP, with CORS: the
 * one server-side implementation of the contract. A scenario wraps its answers with the same msw handlers the demo's
 * service worker uses, so `--scenario slow|error|…` misbehaves exactly as `?scenario=` does in the demo.
 */
export async function startMockApiServer({
  port = MOCK_API_DEFAULT_PORT,
  host = 'localhost',
  scenario,
  onRequest,
}: MockApiServerOptions = {}): Promise<MockApiServer> {
  const service = await articleService();
  const base = `${HANDLER_ORIGIN}${MOCK_API_BASE_PATH}`;
  const dataService = http.all(`${base}/*`, ({ request }) => {
    // Scenarios read and rewrite bodies: ask for them uncompressed.
    const headers = new Headers(request.headers);
    headers.delete('accept-encoding');
    return service.app.fetch(new Request(request.url, { method: request.method, headers }));
  });
  const handlers = scenario ? applyScenario([dataService], base, scenario) : [dataService];
  let overrides: RequestHandler[] = [];
  const server = createServer((message, outgoing) => {
    void answer([...overrides, ...handlers], message)
      .then((response) => {
        onRequest?.(`${response.status} ${message.method ?? 'GET'} ${message.url ?? '/'}`);
        return send(response, message, outgoing);
      })
      .catch(() => outgoing.destroy());
  });

  return new Promise<MockApiServer>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: boundPort } = server.address() as AddressInfo;
      const hostInUrl = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${hostInUrl}:${boundPort}${MOCK_API_BASE_PATH}`,
        port: boundPort,
        use: (...added) => {
          overrides = [...added, ...overrides];
        },
        resetHandlers: () => {
          overrides = [];
        },
        close: async () => {
          await new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // A slow scenario may still hold requests open; closing must not wait 3 s for them.
            server.closeAllConnections();
          });
        },
      });
    });
  });
}

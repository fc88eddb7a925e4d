import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { gzip } from './gzip';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

interface StaticFile {
  contentType: string;
  body: Buffer;
  gzipped: Buffer | undefined;
  etag: string;
  cacheControl: string;
}

/** What a real deploy sends: hashed assets are immutable, everything else is revalidated on each load. */
function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = path.posix.join(prefix, entry.name);
      if (entry.isDirectory()) return relative === '.vite' ? [] : listFiles(dir, relative);
      return [relative];
    }),
  );
  return nested.flat();
}

/** Reads and compresses every file once, so compression time never lands inside a measured load. */
async function loadFiles(dir: string, overrides: Readonly<Record<string, string>>): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const relative of await listFiles(dir)) {
    const extension = path.extname(relative);
    const urlPath = `/${relative}`;
    const override = overrides[urlPath];
    const body = override === undefined ? await readFile(path.join(dir, relative)) : Buffer.from(override);
    files.set(urlPath, {
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      body,
      gzipped: COMPRESSIBLE.has(extension) ? gzip(body) : undefined,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      cacheControl: cacheControlFor(urlPath),
    });
  }
  return files;
}

function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers['accept-encoding'] ?? '';
  return header
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([coding, ...params]) => coding === 'gzip' && !params.some((param) => param.trim() === 'q=0'));
}

function resolve(files: Map<string, StaticFile>, pathname: string): StaticFile | undefined {
  const exact = files.get(pathname === '/' ? '/index.html' : pathname);
  if (exact) return exact;
  // SPA fallback for page routes (/screen, /embed/x); a missing file with an extension is a real 404.
  if (path.posix.extname(pathname) === '') return files.get('/index.html');
  return undefined;
}

function respond(files: Map<string, StaticFile>, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  const file = pathname.includes('\0') ? undefined : resolve(files, path.posix.normalize(pathname));
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const headers: Record<string, string | number> = {
    'Content-Type': file.contentType,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (file.gzipped) headers.Vary = 'Accept-Encoding';
  if (request.headers['if-none-match'] === file.etag) {
    response.writeHead(304, headers).end();
    return;
  }
  const useGzip = file.gzipped !== undefined && acceptsGzip(request);
  const body = useGzip && file.gzipped ? file.gzipped : file.body;
  if (useGzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Files served with this content instead of what the directory holds, e.g. a live mode's /config.json. */
  overrides?: Readonly<Record<string, string>>;
}

/** Serves a built directory gzip-compressed on 127.0.0.1 (a secure context, so the service worker runs). */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<RunningServer> {
  const files = await loadFiles(dir, options.overrides ?? {});
  const server: Server = createServer((request, response) => respond(files, request, response));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the bench server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

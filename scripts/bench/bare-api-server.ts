import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The bench's baseline (`npm run bench:api`): the least a Hono app on @hono/node-server can do for /api/indicators,
 * one precomputed body with its ETag and a 304 on an exact If-None-Match. Nothing else: no store, no CORS, no encodings.
 */
export async function main({ argv, signal }: { argv: string[]; signal: AbortSignal }): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', default: '0' }, body: { type: 'string' } },
  });
  if (!values.body) throw new Error('usage: bare-api-server.ts --body FILE [--port N]');
  const body = new Uint8Array(await readFile(values.body));
  const etag = '"bare-baseline"';
  const app = new Hono();
  app.get('/readyz', (c) => c.json({ status: 'ready' }));
  app.get('/api/indicators', (c) =>
    c.req.header('if-none-match') === etag
      ? c.body(null, 304, { ETag: etag })
      : c.body(body, 200, { ETag: etag, 'Content-Type': 'application/json; charset=utf-8' }),
  );
  const server = serve({ fetch: app.fetch, port: Number(values.port), hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${port}`, etag }));
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  await new Promise((resolve) => server.close(resolve));
  return 0;
}

import { createServer } from 'node:net';
import path from 'node:path';
import { startNginx, writeNginxConfig } from '../nginx/nginx-site';
import type { RunningServer } from './static-server';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free TCP port on 127.0.0.1');
  return address.port;
}

/** Serves a built directory with Debian's nginx and deploy/nginx/ (brotli and gzip from the build's own files). */
export async function serveWithNginx(root: string, dir: string): Promise<RunningServer> {
  const port = await freePort();
  const args = await writeNginxConfig(root, {
    prefix: path.join(root, '.nginx', 'bench'),
    sites: [{ port, distDir: dir, base: '/', embedOrigins: "'self'" }],
  });
  const nginx = await startNginx(args, port, 'pipe');
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    },
  };
}

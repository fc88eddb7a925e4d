import { access, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockApiServer } from '../../mocks/server/create-mock-api-server';
import { startNginx, writeNginxConfig } from '../../scripts/nginx/nginx-site';
import { startDataService } from './start-data-service';
import {
  DATA_SERVICE_REPLICA_PORTS,
  DATA_SERVICE_SITE_PORT,
  EMBED_PATH,
  LISTED_HOST,
  LISTED_HOST_PORT,
  LIVE_SITE_PORT,
  ROOT_SITE,
  ROOT_SITE_PORT,
  SUBPATH_SITE_PORT,
  UNLISTED_HOST_PORT,
} from './nginx-ports';

const root = fileURLToPath(new URL('../..', import.meta.url));

const hostPage = (title: string, src: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><iframe title="framed page" src="${src}" width="800" height="600"></iframe></body></html>\n`;

/** Two other origins, each with pages that frame the dashboard and an embed (served by the same nginx). */
function hostServers(hostDir: string): string {
  return [LISTED_HOST_PORT, UNLISTED_HOST_PORT]
    .map((port) => `server {\n    listen 127.0.0.1:${port};\n    root ${hostDir};\n}\n`)
    .join('');
}

/** Playwright globalSetup: the built demo behind the real nginx with deploy/nginx/, stopped after the run. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const dir of ['dist', 'dist-subpath']) {
    await access(path.join(root, dir, 'index.html')).catch(() => {
      throw new Error(`${dir}/index.html is missing: run npm run build && npm run build:subpath first`);
    });
  }
  const prefix = path.join(root, '.nginx', 'test');
  const hostDir = path.join(root, '.nginx', 'test-host');
  await mkdir(hostDir, { recursive: true });
  await writeFile(
    path.join(hostDir, 'frame-dashboard.html'),
    hostPage('Portal framing the dashboard', `${ROOT_SITE}/`),
  );
  await writeFile(
    path.join(hostDir, 'frame-embed.html'),
    hostPage('Portal framing one figure', `${ROOT_SITE}${EMBED_PATH}`),
  );
  // The same build in live mode: config.json edited as a deployer would, the API behind nginx's /api/.
  const liveDir = path.join(root, '.nginx', 'test-live');
  await rm(liveDir, { recursive: true, force: true });
  await cp(path.join(root, 'dist'), liveDir, { recursive: true });
  await writeFile(path.join(liveDir, 'config.json'), `${JSON.stringify({ apiBaseUrl: '/api', mocks: false })}\n`);
  const api = await startMockApiServer({ port: 0, host: '127.0.0.1' });
  const stopDataService = await startDataService(root).catch(async (error: unknown) => {
    await api.close();
    throw error;
  });
  const args = await writeNginxConfig(root, {
    prefix,
    apiUpstream: `http://127.0.0.1:${api.port}/api/`,
    dataServiceReplicas: DATA_SERVICE_REPLICA_PORTS.map((port) => `127.0.0.1:${port}`),
    sites: [
      { port: ROOT_SITE_PORT, distDir: path.join(root, 'dist'), base: '/', embedOrigins: `'self' ${LISTED_HOST}` },
      { port: SUBPATH_SITE_PORT, distDir: path.join(root, 'dist-subpath'), base: '/dash/', embedOrigins: "'self'" },
      { port: LIVE_SITE_PORT, distDir: liveDir, base: '/', embedOrigins: "'self'", apiProxy: true },
      { port: DATA_SERVICE_SITE_PORT, distDir: liveDir, base: '/', embedOrigins: "'self'", dataService: true },
    ],
    extraServers: hostServers(hostDir),
  });
  const nginx = await startNginx(args, ROOT_SITE_PORT).catch(async (error: unknown) => {
    await stopDataService();
    await api.close();
    throw error;
  });
  return async () => {
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
    await stopDataService();
    await api.close();
  };
}

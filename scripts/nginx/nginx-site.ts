import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A server block of dashboard.conf; embedOrigins: frame-ancestors of /embed/*; apiProxy: /api/ to apiUpstream;
 * dataService: /api/ to the data service's replicas (data-service-proxy.conf) instead.
 */
type DashboardSite = {
  port: number;
  distDir: string;
  base: string;
  embedOrigins: string;
  apiProxy?: boolean;
  dataService?: boolean;
};

/**
 * prefix (-p) holds every file nginx writes; extraServers: blocks written as they are (the tests' host pages);
 * dataServiceReplicas: host:port of each replica, in place of data-service-upstream.conf's own server lines.
 */
type NginxInstance = {
  prefix: string;
  sites: DashboardSite[];
  apiUpstream?: string;
  dataServiceReplicas?: string[];
  extraServers?: string;
};

const BROTLI_MODULES = ['filter', 'static'].map((kind) => `/usr/lib/nginx/modules/ngx_http_brotli_${kind}_module.so`);
const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const NGINX_MISSING =
  'nginx is not installed: sudo apt-get install -y nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static';
const PROXY_INCLUDE = '    # include {{CONF_DIR}}/api-proxy.conf;\n';
const DATA_SERVICE_INCLUDE = '    # include {{CONF_DIR}}/data-service-proxy.conf;\n';
const REPLICA_LINE = /^( *)server 127\.0\.0\.1:\d+( .*;)$/gm;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{([A-Z_]+)\}\}/g, (placeholder, name: string) => {
    if (values[name] === undefined) throw new Error(`deploy/nginx: no value for ${placeholder}`);
    return values[name];
  });

/** An nginx of an earlier run that was killed before it could stop its own still holds the ports: stop it by its pid. */
async function stopLeftover(prefix: string): Promise<void> {
  const pid = Number((await readFile(path.join(prefix, 'nginx.pid'), 'utf8').catch(() => '')).trim());
  const commandLine = pid > 0 ? await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '') : '';
  if (!commandLine.includes('nginx') || !commandLine.includes(prefix)) return;
  process.kill(pid, 'SIGQUIT');
  for (let waited = 0; waited < 50 && existsSync(`/proc/${pid}`); waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Renders deploy/nginx/ under `prefix` and returns nginx's arguments. A sub-path build is linked in as
 * <prefix>/www-N/dash (the template serves {{ROOT}}{{BASE}}); without Debian's brotli modules, gzip only.
 */
export async function writeNginxConfig(root: string, instance: NginxInstance): Promise<string[]> {
  const { prefix, sites, apiUpstream, dataServiceReplicas } = instance;
  const template = (name: string) => readFile(path.join(root, 'deploy', 'nginx', name), 'utf8');
  const confDir = path.join(prefix, 'conf');
  const write = (name: string, text: string) => writeFile(path.join(confDir, name), text);
  await stopLeftover(prefix);
  await rm(prefix, { recursive: true, force: true });
  await mkdir(path.join(prefix, 'temp'), { recursive: true });
  await mkdir(confDir);
  const brotli = BROTLI_MODULES.every((file) => existsSync(file));
  await write('security-headers.conf', await template('security-headers.conf'));
  await write('brotli.conf', brotli ? await template('brotli.conf') : '# brotli modules not installed: gzip only\n');
  if (sites.some((site) => site.apiProxy) && apiUpstream === undefined)
    throw new Error('a site proxies /api/ but no apiUpstream was given');
  const values = { CONF_DIR: confDir, API_UPSTREAM: apiUpstream ?? '{{API_UPSTREAM}}', SERVER_NAME: 'localhost' };
  if (apiUpstream !== undefined) await write('api-proxy.conf', fill(await template('api-proxy.conf'), values));
  if (sites.some((site) => site.dataService) && !dataServiceReplicas?.length)
    throw new Error('a site proxies /api/ to the data service but no dataServiceReplicas were given');
  if (dataServiceReplicas?.length) {
    await write('data-service-proxy.conf', fill(await template('data-service-proxy.conf'), values));
    const upstream = await template('data-service-upstream.conf');
    const [first] = [...upstream.matchAll(REPLICA_LINE)];
    if (!first) throw new Error('deploy/nginx/data-service-upstream.conf: no `server 127.0.0.1:PORT …;` line');
    const servers = dataServiceReplicas.map((replica) => `${first[1]}server ${replica}${first[2]}`).join('\n');
    let replaced = false;
    const filled = upstream.replace(REPLICA_LINE, () => (replaced ? '' : ((replaced = true), servers)));
    await write('site-data-service-upstream.conf', filled);
  }
  const dashboard = await template('dashboard.conf');
  if (!dashboard.includes(PROXY_INCLUDE) || !dashboard.includes(DATA_SERVICE_INCLUDE))
    throw new Error(
      'deploy/nginx/dashboard.conf: the api-proxy.conf or data-service-proxy.conf include line is missing',
    );
  for (const [index, site] of sites.entries()) {
    const siteRoot = site.base === '/' ? path.resolve(site.distDir) : path.join(prefix, `www-${index}`);
    if (site.base !== '/') {
      const linked = path.join(siteRoot, site.base).replace(/\/$/, '');
      await mkdir(path.dirname(linked), { recursive: true });
      await symlink(path.resolve(site.distDir), linked);
    }
    const include = site.dataService ? DATA_SERVICE_INCLUDE : site.apiProxy ? PROXY_INCLUDE : undefined;
    const text = include ? dashboard.replace(include, include.replace('# ', '')) : dashboard;
    const siteValues = { LISTEN: `127.0.0.1:${site.port}`, ROOT: siteRoot, BASE: site.base };
    await write(`site-${index}.conf`, fill(text, { ...values, ...siteValues, EMBED_ORIGINS: site.embedOrigins }));
  }
  if (instance.extraServers) await write('site-extra.conf', instance.extraServers);
  const modules = brotli ? BROTLI_MODULES.map((file) => `load_module ${file};`) : [];
  const extra = [...(process.getuid?.() === 0 ? ['user root;'] : []), ...modules];
  const main = fill(await template('local-main.conf'), { ...values, PREFIX: prefix, MAIN_EXTRA: extra.join('\n') });
  await write('nginx.conf', main);
  return ['-p', `${prefix}/`, '-e', 'stderr', '-c', path.join(confDir, 'nginx.conf')];
}

/** Starts nginx in the foreground; resolves once it answers on the first site's port. */
export async function startNginx(args: string[], firstPort: number, stdio: 'inherit' | 'pipe' = 'inherit') {
  if (!existsSync(NGINX_PATH)) throw new Error(NGINX_MISSING);
  const child = spawn(NGINX_PATH, args, { stdio: ['ignore', stdio, stdio] });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited with status ${code ?? 'signal'} before it answered`))),
  );
  const answering = (async () => {
    while (child.exitCode === null && child.signalCode === null) {
      if (await fetch(`http://127.0.0.1:${firstPort}/`, { method: 'HEAD' }).catch(() => undefined)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.race([answering, exited]);
  return child;
}

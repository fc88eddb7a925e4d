import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One server block rendered from deploy/nginx/dashboard.conf. */
export interface DashboardSite {
  port: number;
  /** The built app (dist/ or dist-subpath/). */
  distDir: string;
  /** The path the build was made for: '/' or '/dash/'. */
  base: string;
  /** The CSP source list for frame-ancestors of /embed/*, e.g. "'self' http://localhost:4307". */
  embedOrigins: string;
  /** Uncomment the `include …/api-proxy.conf;` line: /api/ goes to NginxInstance.apiUpstream. */
  apiProxy?: boolean;
}

export interface NginxInstance {
  /** The nginx prefix (-p) holding every file this instance writes: config, pid, logs, temp files. */
  prefix: string;
  sites: DashboardSite[];
  /** The {{API_UPSTREAM}} of deploy/nginx/api-proxy.conf, e.g. http://127.0.0.1:9000/api/. */
  apiUpstream?: string;
  /** Further server blocks, written as they are (the tests' host pages on other origins). */
  extraServers?: string;
}

const BROTLI_MODULES = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'];
const MODULES_DIR = '/usr/lib/nginx/modules';

export const brotliInstalled = () => BROTLI_MODULES.every((name) => existsSync(path.join(MODULES_DIR, name)));

export function fillTemplate(template: string, values: Record<string, string>): string {
  const filled = template.replace(/\{\{([A-Z_]+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx: no value for ${placeholder}`);
    return value;
  });
  return filled;
}

/** nginx's main file for this checkout: nothing outside the prefix, no daemon, errors to stderr. */
function mainConfig(prefix: string, siteFiles: string[], brotli: boolean): string {
  const temp = (name: string) => path.join(prefix, 'temp', name);
  return [
    '# Written by scripts/nginx/nginx-site.ts for this checkout; the deployable template is deploy/nginx/.',
    // As root, workers would switch to `nobody`, who may not read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    ...(brotli ? BROTLI_MODULES.map((name) => `load_module ${path.join(MODULES_DIR, name)};`) : []),
    'events { worker_connections 256; }',
    'http {',
    `    access_log ${path.join(prefix, 'access.log')};`,
    `    client_body_temp_path ${temp('body')};`,
    `    proxy_temp_path ${temp('proxy')};`,
    `    fastcgi_temp_path ${temp('fastcgi')};`,
    `    uwsgi_temp_path ${temp('uwsgi')};`,
    `    scgi_temp_path ${temp('scgi')};`,
    ...siteFiles.map((file) => `    include ${file};`),
    '}',
    '',
  ].join('\n');
}

/**
 * An nginx of an earlier run that was killed before it could stop its own (Playwright interrupted, say) still holds
 * the ports: stop it by the pid it wrote, if that process is still an nginx of this prefix.
 */
async function stopLeftover(prefix: string): Promise<void> {
  const pid = Number((await readFile(path.join(prefix, 'nginx.pid'), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0) return;
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!commandLine.includes('nginx') || !commandLine.includes(prefix)) return;
  process.kill(pid, 'SIGQUIT');
  for (let waited = 0; waited < 50 && existsSync(`/proc/${pid}`); waited += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Renders deploy/nginx/ for this checkout under `instance.prefix` and returns nginx's arguments. A sub-path build
 * is linked in as <prefix>/www-N/dash, since the template serves {{ROOT}}{{BASE}}.
 */
export async function writeNginxConfig(root: string, instance: NginxInstance): Promise<string[]> {
  const { prefix } = instance;
  const templateDir = path.join(root, 'deploy', 'nginx');
  const confDir = path.join(prefix, 'conf');
  await stopLeftover(prefix);
  await rm(prefix, { recursive: true, force: true });
  await mkdir(path.join(prefix, 'temp'), { recursive: true });
  await mkdir(confDir, { recursive: true });
  const brotli = brotliInstalled();
  await writeFile(
    path.join(confDir, 'security-headers.conf'),
    await readFile(path.join(templateDir, 'security-headers.conf')),
  );
  await writeFile(
    path.join(confDir, 'brotli.conf'),
    brotli ? await readFile(path.join(templateDir, 'brotli.conf')) : '# brotli modules not installed: gzip only\n',
  );
  if (instance.sites.some((site) => site.apiProxy) && instance.apiUpstream === undefined) {
    throw new Error('a site proxies /api/ but no apiUpstream was given');
  }
  const apiUpstream = instance.apiUpstream ?? '{{API_UPSTREAM}}';
  if (instance.apiUpstream !== undefined) {
    const proxy = await readFile(path.join(templateDir, 'api-proxy.conf'), 'utf8');
    await writeFile(
      path.join(confDir, 'api-proxy.conf'),
      fillTemplate(proxy, { API_UPSTREAM: apiUpstream, CONF_DIR: confDir }),
    );
  }
  const template = await readFile(path.join(templateDir, 'dashboard.conf'), 'utf8');
  const proxyInclude = '    # include {{CONF_DIR}}/api-proxy.conf;\n';
  if (!template.includes(proxyInclude))
    throw new Error('deploy/nginx/dashboard.conf: the api-proxy.conf include line is missing');
  const siteFiles: string[] = [];
  for (const [index, site] of instance.sites.entries()) {
    let siteRoot = path.resolve(site.distDir);
    if (site.base !== '/') {
      siteRoot = path.join(prefix, `www-${index}`);
      const linked = path.join(siteRoot, site.base);
      await mkdir(path.dirname(linked.replace(/\/$/, '')), { recursive: true });
      await symlink(path.resolve(site.distDir), linked.replace(/\/$/, ''));
    }
    const file = path.join(confDir, `site-${index}.conf`);
    await writeFile(
      file,
      fillTemplate(site.apiProxy ? template.replace(proxyInclude, proxyInclude.replace('# ', '')) : template, {
        LISTEN: `127.0.0.1:${site.port}`,
        SERVER_NAME: 'localhost',
        ROOT: siteRoot,
        BASE: site.base,
        CONF_DIR: confDir,
        EMBED_ORIGINS: site.embedOrigins,
        API_UPSTREAM: apiUpstream,
      }),
    );
    siteFiles.push(file);
  }
  if (instance.extraServers) {
    const file = path.join(confDir, 'extra-servers.conf');
    await writeFile(file, instance.extraServers);
    siteFiles.push(file);
  }
  const mainFile = path.join(confDir, 'nginx.conf');
  await writeFile(mainFile, mainConfig(prefix, siteFiles, brotli));
  return ['-p', `${prefix}/`, '-e', 'stderr', '-c', mainFile];
}

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export const NGINX_MISSING =
  'nginx is not installed: sudo apt-get install -y nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static';

/** Starts nginx in the foreground; resolves once it answers on the first site's port. */
export async function startNginx(
  args: string[],
  firstPort: number,
  stdio: 'inherit' | 'pipe' = 'inherit',
): Promise<ChildProcess> {
  if (!existsSync(NGINX_PATH)) throw new Error(NGINX_MISSING);
  const child = spawn(NGINX_PATH, args, { stdio: ['ignore', stdio, stdio] });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited with status ${code ?? 'signal'} before it answered`))),
  );
  const answering = (async () => {
    while (child.exitCode === null && child.signalCode === null) {
      try {
        await fetch(`http://127.0.0.1:${firstPort}/`, { method: 'HEAD' });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  })();
  await Promise.race([answering, exited]);
  return child;
}

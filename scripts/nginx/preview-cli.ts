import path from 'node:path';
import { NGINX_MISSING, startNginx, writeNginxConfig } from './nginx-site';

/** `npm run preview:nginx`: dist/ behind deploy/nginx/ on http://localhost:8080 (PORT) until Ctrl-C. */
export async function main({ root }: { root: string }): Promise<number> {
  const port = Number(process.env.PORT ?? 8080);
  const prefix = '.nginx/preview';
  // EMBED_ORIGINS="'self' https://portal.example" tries an embed from another origin.
  const embedOrigins = process.env.EMBED_ORIGINS ?? "'self'";
  const site = { port, distDir: path.join(root, 'dist'), base: '/', embedOrigins };
  const args = await writeNginxConfig(root, { prefix: path.join(root, prefix), sites: [site] });
  const nginx = await startNginx(args, port).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    if (!(error instanceof Error && error.message === NGINX_MISSING))
      console.error(`nginx could not start; its configuration is in ${prefix}/conf`);
  });
  if (!nginx) return 1;
  console.log(`nginx serves dist/ with deploy/nginx/dashboard.conf on http://localhost:${port}/ (Ctrl-C stops it)`);
  console.log(`configuration, logs and temp files: ${prefix}/`);
  // Ctrl-C reaches nginx too (same process group); a `kill` of this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => nginx.kill('SIGQUIT'));
  return new Promise<number>((resolve) => nginx.once('exit', (status) => resolve(status ?? 0)));
}

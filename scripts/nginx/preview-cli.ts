import path from 'node:path';
import { NGINX_MISSING, startNginx, writeNginxConfig } from './nginx-site';

const PORT = Number(process.env.PORT ?? 8080);

/** `npm run preview:nginx`: dist/ behind deploy/nginx/ on http://localhost:8080 until Ctrl-C. */
export async function main({ root }: { root: string }): Promise<number> {
  const prefix = path.join(root, '.nginx', 'preview');
  const args = await writeNginxConfig(root, {
    prefix,
    // EMBED_ORIGINS="'self' https://portal.example" tries an embed from another origin.
    sites: [
      { port: PORT, distDir: path.join(root, 'dist'), base: '/', embedOrigins: process.env.EMBED_ORIGINS ?? "'self'" },
    ],
  });
  let nginx;
  try {
    nginx = await startNginx(args, PORT);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (error instanceof Error && error.message === NGINX_MISSING) return 1;
    console.error(`nginx could not start; its configuration is in ${path.relative(root, prefix)}/conf`);
    return 1;
  }
  console.log(`nginx serves dist/ with deploy/nginx/dashboard.conf on http://localhost:${PORT}/ (Ctrl-C stops it)`);
  console.log(`configuration, logs and temp files: ${path.relative(root, prefix)}/`);
  // Ctrl-C reaches nginx too (same process group); a `kill` of this process alone is passed on.
  const stop = () => nginx.kill('SIGQUIT');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await new Promise<number>((resolve) => nginx.once('exit', (status) => resolve(status ?? 0)));
  return code;
}

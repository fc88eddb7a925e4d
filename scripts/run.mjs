// The one launcher for the TypeScript tools (Node 20 cannot run .ts itself): `node scripts/run.mjs <file.ts> [args]`
// loads the file through Vite, with `@/` resolving to src/, and runs its `main`, which resolves with the exit code.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { sourceAlias } from './source-alias.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [file, ...argv] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/run.mjs <file.ts> [args]');
// Piped into `head`, stop quietly instead of crashing on EPIPE.
process.stdout.on('error', () => process.exit(1));
const options = { root, configFile: false, logLevel: 'error', resolve: { alias: sourceAlias } };
const { module } = await runnerImport(`/${file}`, options);
const stop = new AbortController();
// A tool that serves (mock-api, the data service) stops on the signal; it is given `shutdownGraceMs` (two seconds
// unless it exports more) to finish, then ended.
const graceMs = typeof module.shutdownGraceMs === 'number' ? module.shutdownGraceMs : 2000;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stop.abort();
    setTimeout(() => process.exit(1), graceMs).unref();
  });
}
process.exitCode = await module.main({ argv, root, signal: stop.signal });

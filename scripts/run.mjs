// The one launcher for the TypeScript tools (Node 20 cannot run .ts itself): `node scripts/run.mjs <file.ts> [args]`
// loads the file through Vite, with `@/` resolving to src/, and runs its `main`, which resolves with the exit code.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
/** `@/x` means `src/x`: one definition for the build, the tests and the tools. */
export const sourceAlias = { '@': `${root}src` };
const [file, ...argv] = process.argv.slice(2);
// Imported for sourceAlias (vite.config.ts), it runs nothing.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && file) {
  // Piped into `head`, stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', () => process.exit(1));
  const { module } = await runnerImport(`/${file}`, {
    root,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: sourceAlias },
  });
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop.abort());
  process.exitCode = await module.main({ argv, root, signal: stop.signal });
}

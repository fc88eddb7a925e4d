// Checks a live API against the contract in src/api/schemas.ts (run: npm run api:check -- http://localhost:4174/api).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// Piped into `head`, stop quietly instead of crashing on EPIPE.
process.stdout.on('error', () => process.exit(1));
const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/scripts/api-check/api-check-cli.ts', {
  root,
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.runApiCheckCli(process.argv.slice(2), console);

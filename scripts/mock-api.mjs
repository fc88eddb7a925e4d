// Serves the mock handlers over real HTTP (run: npm run mock-api -- --port 4174 --scenario slow).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { sourceAlias } from './source-alias.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/mocks/server/mock-api-cli.ts', {
  root,
  configFile: false,
  logLevel: 'error',
  resolve: { alias: sourceAlias },
});
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop.abort());
process.exitCode = await module.runMockApiCli(process.argv.slice(2), process.env, console, stop.signal);

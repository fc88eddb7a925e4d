// Measures bundle sizes, load times and Lighthouse scores of the built demo (run: npm run bench).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { sourceAlias } from './source-alias.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/scripts/bench/bench-cli.ts', {
  root,
  configFile: false,
  logLevel: 'error',
  resolve: { alias: sourceAlias },
});
process.exitCode = await module.runBenchCli(root, process.argv.slice(2), console);

// Fails when the built app's first paint needs too much JavaScript or a lazy-only package (run: npm run budget).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { sourceAlias } from './source-alias.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/scripts/size-budget/size-budget-cli.ts', {
  root,
  configFile: false,
  logLevel: 'error',
  resolve: { alias: sourceAlias },
});
process.exitCode = await module.runSizeBudgetCli(root, process.argv.slice(2), console);

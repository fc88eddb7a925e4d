// Counts the visible controls and measures the page height of the built demo, and takes its screenshots
// (run: npm run build && npm run glance -- [--shots DIR] [--port 4182]).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { sourceAlias } from './source-alias.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/scripts/glance/glance-cli.ts', {
  root,
  configFile: false,
  logLevel: 'error',
  resolve: { alias: sourceAlias },
});
process.exitCode = await module.runGlanceCli(root, process.argv.slice(2), console);

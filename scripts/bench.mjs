// Measures bundle sizes, load times and Lighthouse scores of the built demo (run: npm run bench).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/scripts/bench/bench-cli.ts', { root, configFile: false, logLevel: 'error' });
process.exitCode = await module.runBenchCli(root, process.argv.slice(2), console);

// Serves dist/ behind the shipped nginx configuration on http://localhost:8080 (run: npm run preview:nginx).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/scripts/nginx/preview-cli.ts', { root, configFile: false, logLevel: 'error' });
process.exitCode = await module.runPreview(root);

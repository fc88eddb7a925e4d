// Writes public/openapi.json from the zod schemas in src/api (run: npm run openapi).
import { writeFile } from 'node:fs/promises';
import { runnerImport } from 'vite';
import { sourceAlias } from './source-alias.mjs';

const { module } = await runnerImport('/src/api/openapi.ts', { resolve: { alias: sourceAlias } });
// The examples are the article's dataset; src/ may not import the mocks, so they are passed in here.
const { module: data } = await runnerImport('/mocks/data/index.ts', { resolve: { alias: sourceAlias } });
const document = module.buildOpenApiDocument({
  report: data.report,
  indicators: data.indicators,
  highlights: data.highlights,
});
await writeFile(new URL('../public/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log('wrote public/openapi.json');

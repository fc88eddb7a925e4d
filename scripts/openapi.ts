import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildOpenApiDocument } from '@/api/openapi';
import { highlights, indicators, report } from '../mocks/data/index';

/** `npm run openapi`: writes public/openapi.json from the zod schemas in src/api, with the article's dataset as
 * examples (src/ may not import the mocks, so they are passed in here). */
export async function main({ root }: { root: string }): Promise<number> {
  const document = buildOpenApiDocument({ report, indicators, highlights });
  await writeFile(path.join(root, 'public', 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
  console.log('wrote public/openapi.json');
  return 0;
}

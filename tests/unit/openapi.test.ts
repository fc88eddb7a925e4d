import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/api/openapi';

const committedPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/openapi.json');

describe('public/openapi.json', () => {
  it('matches the zod schemas (run `npm run openapi` after changing src/api/schemas.ts)', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('describes every endpoint and the indicator with its observations', () => {
    const document = buildOpenApiDocument();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(['/report', '/indicators', '/indicators/{id}', '/highlights']);
    const indicator = document.components.schemas.Indicator as { required: string[] };
    expect(indicator.required).toEqual(expect.arrayContaining(['id', 'observations', 'comparisons', 'source']));
  });
});

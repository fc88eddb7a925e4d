import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { highlights, indicators, report } from '../../mocks/data';
import { buildOpenApiDocument } from '../../src/api/openapi';

const build = () => buildOpenApiDocument({ report, indicators, highlights });

const committedPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/openapi.json');

describe('public/openapi.json', () => {
  it('matches the zod schemas (run `npm run openapi` after changing src/api/schemas.ts)', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(build())));
  });

  it('describes every endpoint and the indicator with its observations', () => {
    const document = build();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual([
      '/report',
      '/indicators',
      '/indicators/{id}',
      '/highlights',
      '/admin/session',
      '/admin/people',
      '/admin/people/{name}/disable',
      '/admin/people/{name}/password',
      '/admin/imports',
      '/admin/revisions',
      '/admin/revisions/{id}',
      '/admin/revisions/{id}/file',
      '/admin/revisions/{id}/publish',
      '/admin/revisions/{id}/rollback',
      '/admin/diff',
      '/admin/audit',
    ]);
    const indicator = document.components.schemas.Indicator as { required: string[] };
    expect(indicator.required).toEqual(expect.arrayContaining(['id', 'observations', 'comparisons', 'source']));
  });

  it('states the rules the client enforces, so an API team knows why an item is set aside', () => {
    const { components, info } = build();
    const schemas = components.schemas as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking generated JSON
    expect(schemas.LocalizedText.properties.zh).toEqual({ type: 'string', minLength: 1, maxLength: 2000 });
    expect(schemas.Indicator.properties.id).toMatchObject({ maxLength: 80, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });
    expect(schemas.Observation.properties.value.minimum).toBe(0);
    expect(schemas.Observation.properties.printed.maxLength).toBe(200);
    expect(schemas.Indicator.allOf).toEqual([
      {
        if: { properties: { unit: { const: 'percent' } }, required: ['unit'] },
        then: { properties: { observations: { items: { properties: { value: { minimum: 0, maximum: 100 } } } } } },
      },
      {
        if: { properties: { unit: { const: 'rank' } }, required: ['unit'] },
        then: { properties: { observations: { items: { properties: { value: { type: 'integer', minimum: 1 } } } } } },
      },
    ]);
    expect(schemas.IndicatorList.description).toContain('set aside');
    expect(schemas.IndicatorList.description).toContain('never a guessed value');
    expect(info.description).toContain('Set aside');
  });

  it('declares the statistics public and read-only, the admin paths behind a token, and serves the article’s figures as examples', () => {
    const document = build();
    expect(document.security).toEqual([]);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods as Record<string, { security?: unknown }>).map(([method, operation]) => ({
        path,
        method,
        operation,
      })),
    );
    // Signing in needs nothing; people are the owner's (a key, never a browser); the rest take a token or the cookie.
    const expected = (path: string, method: string) => {
      if (!path.startsWith('/admin/')) return undefined;
      if (path === '/admin/session' && method === 'post') return [];
      if (path.startsWith('/admin/people')) return [{ bearerToken: [] }];
      return [{ bearerToken: [] }, { sessionCookie: [] }];
    };
    for (const { path, method, operation } of operations) {
      expect(operation.security, `${method} ${path}`).toEqual(expected(path, method));
    }
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const content = (path: string, status: string) =>
      (
        document.paths as unknown as Record<
          string,
          { get: { responses: Record<string, { content: Record<string, { example: unknown }> }> } }
        >
      )[path]?.get.responses[status]?.content['application/json']?.example;
    expect(content('/report', '200')).toMatchObject({ asOf: '2025-07-31', baselineDate: '2020-12-31' });
    const listed = content('/indicators', '200') as { items: { id: string }[] };
    expect(listed.items).toHaveLength(28);
    expect(content('/indicators/{id}', '200')).toMatchObject({ id: 'telecom-business-volume' });
    expect((content('/highlights', '200') as { items: unknown[] }).items).toHaveLength(8);
  });
});

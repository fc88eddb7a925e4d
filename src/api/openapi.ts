import { z } from 'zod';
import { endpoints } from './endpoints';
import { areaIds, contractRegistry } from './schemas';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schemaId: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(schemaId) } },
});
const errors = {
  '400': json('Error', 'Bad request, e.g. an unknown area'),
  '500': json('Error', 'Server error'),
};
const areaParameter = {
  name: 'area',
  in: 'query',
  required: false,
  description: 'Only this area; all areas when omitted.',
  schema: { type: 'string', enum: [...areaIds] },
};
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The OpenAPI 3.1 document, generated from the zod schemas (the single source of the contract). */
export function buildOpenApiDocument() {
  const { schemas } = z.toJSONSchema(contractRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shanxi ICT Dashboard statistics API',
      version: '1.0.0',
      description:
        'What the dashboard needs from a statistics API. Paths are relative to apiBaseUrl in config.json. Values are numbers in units of multiplier × unit; an indicator holds a list of observations, so a longer series works unchanged.',
    },
    servers: [{ url: '/api', description: 'The default apiBaseUrl (the mock service worker in demo mode)' }],
    paths: {
      [endpoints.report]: {
        get: {
          operationId: 'getReport',
          summary: 'Report metadata',
          responses: { '200': json('Report', 'The report'), '500': errors['500'] },
        },
      },
      [endpoints.indicators]: {
        get: {
          operationId: 'listIndicators',
          summary: 'Indicators, optionally of one area, in source order',
          parameters: [areaParameter],
          responses: { '200': json('IndicatorList', 'The indicators'), ...errors },
        },
      },
      [toOpenApiPath(endpoints.indicator)]: {
        get: {
          operationId: 'getIndicator',
          summary: 'One indicator by id',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': json('Indicator', 'The indicator'),
            '404': json('Error', 'No indicator with that id'),
            '500': errors['500'],
          },
        },
      },
      [endpoints.highlights]: {
        get: {
          operationId: 'listHighlights',
          summary: 'Non-numeric achievements, optionally of one area',
          parameters: [areaParameter],
          responses: { '200': json('HighlightList', 'The highlights'), ...errors },
        },
      },
    },
    components: { schemas: components },
  };
}

import { z } from 'zod';
import { endpoints } from './endpoints';
import { adminPaths, adminSecuritySchemes } from './openapi-admin';
import { areaIds, contractRegistry, type ApiError, type Highlight, type Indicator, type Report } from './schemas';

/** The article's dataset, passed in by the generator (src/ may not import the mocks), so tools serve real figures. */
export interface OpenApiExamples {
  report: Report;
  indicators: Indicator[];
  highlights: Highlight[];
}

const SET_ASIDE =
  'The client parses each item of a list on its own. An item that breaks any rule of this schema is set aside: the dashboard shows a dashed card naming its id and saying the data is invalid (该指标数据无效，暂不显示), never a guessed value, while the other items show as usual. A response that is not an object with an `items` array fails as a whole.';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schemaId: string, description: string, example?: unknown) => ({
  description,
  content: { 'application/json': { schema: ref(schemaId), ...(example === undefined ? {} : { example }) } },
});
const errorExample = (code: string, message: string): ApiError => ({ error: { code, message } });
const errors = {
  '400': json('Error', 'Bad request, e.g. an unknown area', errorExample('bad-request', 'Unknown area "towns"')),
  '404': json(
    'Error',
    'Nothing at this path (apiBaseUrl points to the wrong place)',
    errorExample('not-found', 'Not found'),
  ),
  '500': json('Error', 'Server error', errorExample('internal', 'The statistics service failed')),
};
const areaParameter = {
  name: 'area',
  in: 'query',
  required: false,
  description: 'Only this area; all areas when omitted.',
  schema: { type: 'string', enum: [...areaIds] },
};

type JsonSchema = Record<string, unknown>;

/**
 * Rules the client enforces in code (superRefine), written out so an API team sees them: values are never
 * negative, percentages are 0–100, ranks are whole numbers from 1.
 */
function withValueRules(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const observation = schemas.Observation as { properties: { value: JsonSchema } };
  observation.properties.value = { ...observation.properties.value, minimum: 0 };
  const valuesOf = (rule: JsonSchema) => ({
    properties: { observations: { items: { properties: { value: rule } } } },
  });
  const unitIs = (unit: string) => ({ properties: { unit: { const: unit } }, required: ['unit'] });
  schemas.Indicator = {
    ...schemas.Indicator,
    allOf: [
      { if: unitIs('percent'), then: valuesOf({ minimum: 0, maximum: 100 }) },
      { if: unitIs('rank'), then: valuesOf({ type: 'integer', minimum: 1 }) },
    ],
  };
  return schemas;
}
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The OpenAPI 3.1 document, generated from the zod schemas (the single source of the contract). */
export function buildOpenApiDocument(examples: OpenApiExamples) {
  const { schemas } = z.toJSONSchema(contractRegistry, {
    target: 'draft-2020-12',
    // What the client accepts: unknown extra properties are ignored, not rejected.
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components = withValueRules(
    Object.fromEntries(
      Object.entries(schemas).map(([id, schema]) => {
        const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
        return [id, rest];
      }),
    ),
  );
  for (const list of ['IndicatorList', 'HighlightList']) {
    const schema = components[list] as JsonSchema;
    components[list] = { ...schema, description: `${String(schema.description)} ${SET_ASIDE}` };
  }
  const [firstIndicator] = examples.indicators;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Shanxi ICT Dashboard statistics API',
      version: '1.0.0',
      description:
        'What the dashboard needs from a statistics API. Paths are relative to apiBaseUrl in config.json. Values are numbers in units of multiplier × unit; an indicator holds a list of observations, so a longer series works unchanged. The examples are the dataset of the source article. Set aside: ' +
        SET_ASIDE,
    },
    // Public, read-only statistics: no credentials are sent or needed. Only the data service's /admin paths need one.
    security: [],
    tags: [
      { name: 'statistics', description: 'The public, read-only contract the dashboard reads.' },
      { name: 'admin', description: 'The data service’s writes (`npm run data`, the editors’ page): a token needed.' },
    ],
    servers: [{ url: '/api', description: 'The default apiBaseUrl (the mock service worker in demo mode)' }],
    paths: {
      [endpoints.report]: {
        get: {
          tags: ['statistics'],
          operationId: 'getReport',
          summary: 'Report metadata',
          responses: {
            '200': json('Report', 'The report', examples.report),
            '404': errors['404'],
            '500': errors['500'],
          },
        },
      },
      [endpoints.indicators]: {
        get: {
          tags: ['statistics'],
          operationId: 'listIndicators',
          summary: 'Indicators, optionally of one area, in source order',
          parameters: [areaParameter],
          responses: { '200': json('IndicatorList', 'The indicators', { items: examples.indicators }), ...errors },
        },
      },
      [toOpenApiPath(endpoints.indicator)]: {
        get: {
          tags: ['statistics'],
          operationId: 'getIndicator',
          summary: 'One indicator by id',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', maxLength: 80, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
              example: firstIndicator?.id,
            },
          ],
          responses: {
            '200': json('Indicator', 'The indicator', firstIndicator),
            '404': json(
              'Error',
              'No indicator with that id',
              errorExample('not-found', 'No indicator "no-such-indicator"'),
            ),
            '500': errors['500'],
          },
        },
      },
      [endpoints.highlights]: {
        get: {
          tags: ['statistics'],
          operationId: 'listHighlights',
          summary: 'Non-numeric achievements, optionally of one area',
          parameters: [areaParameter],
          responses: { '200': json('HighlightList', 'The highlights', { items: examples.highlights }), ...errors },
        },
      },
      ...adminPaths,
    },
    components: { schemas: components, securitySchemes: adminSecuritySchemes },
  };
}

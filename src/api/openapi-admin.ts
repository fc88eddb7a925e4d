import './admin-schemas';

/** The data service's admin half: writes need a token (`npm run data -- token create`), answers are never cached. */
export const adminSecuritySchemes = {
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A token from `npm run data -- token create --name N --role editor|publisher`. Only its SHA-256 is stored; revoke with `token revoke`. Without a valid token: 401; with too small a role: 403; 10 failures from one address lock it out for 15 minutes (429).',
  },
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const answer = (schemaId: string, description: string) => ({
  description,
  headers: { 'Cache-Control': { schema: { type: 'string', const: 'no-store' } } },
  content: { 'application/json': { schema: ref(schemaId) } },
});
const refusal = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const refusals = {
  '401': refusal('No valid token'),
  '403': refusal('The token’s role may not do this (an editor publishing), or a write from another site'),
  '429': refusal('Too many failed tokens from this address'),
};
const revisionId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const secured = { security: [{ bearerToken: [] }], tags: ['admin'] };
const publishBody = { content: { 'application/json': { schema: ref('PublishRequest') } } };

export const adminPaths = {
  '/admin/imports': {
    post: {
      ...secured,
      operationId: 'importWorkbook',
      summary:
        'Check a workbook (.xlsx, as the 导出 menu writes it) or a CSV in the 观测值 layout; store it as a draft',
      description:
        'Every problem is reported at once, each with its sheet and cell; any problem and nothing is stored. `publish=true` (publisher) publishes the draft at once, when it has no warnings or `acceptWarnings=true`.',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: { type: 'string', format: 'binary', description: 'At most 10 MB.' },
                note: { type: 'string', maxLength: 2000 },
                publish: { type: 'string', enum: ['true', 'false'] },
                acceptWarnings: { type: 'string', enum: ['true', 'false'] },
              },
            },
          },
        },
      },
      responses: {
        '201': answer('ImportResult', 'A draft was made (and published, when asked and allowed)'),
        '400': refusal('No file'),
        ...refusals,
        '413': refusal('Over 10 MB'),
        '422': answer('ImportResult', 'The file has errors: every one, by cell; nothing was stored'),
      },
    },
  },
  '/admin/revisions': {
    get: {
      ...secured,
      operationId: 'listRevisions',
      summary: 'Every revision, newest first',
      responses: { '200': answer('RevisionList', 'The revisions'), ...refusals },
    },
  },
  '/admin/revisions/{id}': {
    get: {
      ...secured,
      operationId: 'getRevision',
      summary: 'One revision with its diff against its parent and its warnings',
      parameters: [revisionId],
      responses: { '200': answer('Revision', 'The revision'), ...refusals, '404': refusal('No such revision') },
    },
  },
  '/admin/revisions/{id}/publish': {
    post: {
      ...secured,
      operationId: 'publishRevision',
      summary: 'Make a draft the published revision (publisher)',
      parameters: [revisionId],
      requestBody: publishBody,
      responses: {
        '200': answer('Revision', 'Published; every replica serves it within 2 s'),
        ...refusals,
        '404': refusal('No such revision'),
        '409': refusal(
          'Warnings not accepted, already current, or a draft made from a revision that is no longer current',
        ),
      },
    },
  },
  '/admin/revisions/{id}/rollback': {
    post: {
      ...secured,
      operationId: 'rollbackToRevision',
      summary: 'Publish an earlier, once-published revision again (publisher)',
      parameters: [revisionId],
      requestBody: publishBody,
      responses: {
        '200': answer('Revision', 'Published again'),
        ...refusals,
        '404': refusal('No such revision'),
        '409': refusal('Already current, or never published'),
      },
    },
  },
  '/admin/diff': {
    get: {
      ...secured,
      operationId: 'diffRevisions',
      summary: 'What revision `to` changes against revision `from`',
      parameters: ['from', 'to'].map((name) => ({
        name,
        in: 'query',
        required: true,
        schema: { type: 'integer', minimum: 1 },
      })),
      responses: { '200': answer('DatasetDiff', 'The differences'), ...refusals, '404': refusal('No such revision') },
    },
  },
  '/admin/audit': {
    get: {
      ...secured,
      operationId: 'listAudit',
      summary: 'Every write: who, when, what, from which address (publisher)',
      parameters: [
        { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 5000 } },
      ],
      responses: { '200': answer('AuditList', 'Newest first'), ...refusals },
    },
  },
};

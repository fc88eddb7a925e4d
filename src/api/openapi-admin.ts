import './admin-schemas';

/** The data service's admin half: writes need a token (`npm run data -- token create`), answers are never cached. */
export const adminSecuritySchemes = {
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A token from `npm run data -- token create --name N --role editor|publisher`. Only its SHA-256 is stored; revoke with `token revoke`. Without a valid token: 401; with too small a role: 403; 10 failures from one address lock it out for 15 minutes (429).',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'shanxi_session',
    description:
      'Set by POST /admin/session (HttpOnly; SameSite=Strict; Path=/; Secure over HTTPS; no Max-Age). Ends after 8 hours without a request, at sign-out, when the person is disabled or their password reset. A write with it must carry this site’s Origin (else 403 cross-origin).',
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
const secured = { security: [{ bearerToken: [] }, { sessionCookie: [] }], tags: ['admin'] };
const ownerOnly = { security: [{ bearerToken: [] }], tags: ['admin'] };
const personName = { name: 'name', in: 'path', required: true, schema: { type: 'string', maxLength: 80 } };
const passwordBody = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: [...required, 'password'],
        properties: { ...extra, password: { type: 'string', minLength: 12, maxLength: 1024 } },
      },
    },
  },
});
const personAnswer = answer('Person', 'The person');
const cookieHeaders = {
  'Set-Cookie': {
    description:
      'shanxi_session (HttpOnly) and shanxi_signed_in=1 (readable by the page), both SameSite=Strict; Path=/',
    schema: { type: 'string' },
  },
};
const publishBody = { content: { 'application/json': { schema: ref('PublishRequest') } } };

export const adminPaths = {
  '/admin/session': {
    post: {
      security: [],
      tags: ['admin'],
      operationId: 'signIn',
      summary: 'Sign in with a name and password: a browser-session cookie',
      description:
        'A wrong name or password is 401 bad-credentials, the same whether the name exists or not. Five failures lock that name and that address for 15 minutes (429 locked, Retry-After), on every replica.',
      requestBody: { required: true, content: { 'application/json': { schema: ref('SignInRequest') } } },
      responses: {
        '200': { ...answer('Session', 'Signed in'), headers: { ...answer('Session', '').headers, ...cookieHeaders } },
        '400': refusal('Not a SignInRequest'),
        '401': refusal('bad-credentials'),
        '403': refusal('cross-origin: sent from another site’s page'),
        '429': refusal('locked: too many failures for this name or address; see Retry-After'),
      },
    },
    get: {
      ...secured,
      operationId: 'getSession',
      summary: 'Who is signed in (cookie, auth proxy or token)',
      responses: {
        '200': answer('Session', 'Signed in'),
        '401': refusal('Nobody is signed in, or the session ended'),
        '403': refusal('untrusted-proxy-header, or no-role for a name the proxy sent'),
      },
    },
    delete: {
      ...secured,
      operationId: 'signOut',
      summary: 'Sign out: the session ends and both cookies are cleared (Max-Age=0)',
      responses: {
        '204': { description: 'Signed out', headers: cookieHeaders },
        '403': refusal('cross-origin'),
      },
    },
  },
  '/admin/people': {
    get: {
      ...ownerOnly,
      operationId: 'listPeople',
      summary: 'Everyone who may sign in (owner)',
      responses: {
        '200': {
          description: 'By name',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['items'],
                properties: { items: { type: 'array', items: ref('Person') } },
              },
            },
          },
        },
        ...refusals,
      },
    },
    post: {
      ...ownerOnly,
      operationId: 'addPerson',
      summary: 'Add a person (owner; `npm run data -- user add`)',
      requestBody: passwordBody(
        { name: { type: 'string', maxLength: 80 }, role: { type: 'string', enum: ['editor', 'publisher'] } },
        ['name', 'role'],
      ),
      responses: {
        '201': personAnswer,
        '400': refusal('bad-request, or weak-password (under 12 characters)'),
        ...refusals,
        '409': refusal('person-exists'),
      },
    },
  },
  '/admin/people/{name}/disable': {
    post: {
      ...ownerOnly,
      operationId: 'disablePerson',
      summary: 'Disable a person; their sessions end at once (owner)',
      parameters: [personName],
      responses: { '200': personAnswer, ...refusals, '404': refusal('No active person by that name') },
    },
  },
  '/admin/people/{name}/password': {
    post: {
      ...ownerOnly,
      operationId: 'resetPassword',
      summary: 'Set a new password; the person’s sessions end (owner)',
      parameters: [personName],
      requestBody: passwordBody(),
      responses: {
        '200': personAnswer,
        '400': refusal('weak-password'),
        ...refusals,
        '404': refusal('No active person by that name'),
      },
    },
  },
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
  '/admin/revisions/{id}/file': {
    get: {
      ...secured,
      operationId: 'getRevisionFile',
      summary: 'The file the revision was imported from, as uploaded',
      parameters: [revisionId],
      responses: {
        '200': {
          description: 'The bytes; Content-Disposition: attachment with filename* (RFC 5987)',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
            'text/csv': { schema: { type: 'string' } },
          },
        },
        ...refusals,
        '404': refusal('No such revision, or no file kept for it'),
      },
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

import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from '@/config/zod';
import {
  AuditList,
  ImportResult,
  needsAcknowledgement,
  PublishRequest,
  Revision,
  RevisionList,
  Role,
  type ImportResult as ImportResultType,
} from '@/api/admin-schemas';
import type { ApiError } from '@/api/schemas';
import { diffDatasets, planImport } from '../import/plan-import';
import { StoreError, type Store, type StoreBackup } from '../store/store';
import { clientAddress, mayAct, siteOrigin, type AdminEnv, type Principal } from './admin-auth';
import { attachment, contentTypeOf } from './content-disposition';
import type { Authenticator } from './identify';
import type { Logger } from './logger';
import { peopleApi } from './people-api';
import type { PublishedState } from './published-state';
import { sessionApi } from './session-api';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface AdminApiOptions {
  store: Store;
  state: PublishedState;
  log: Logger;
  /** Tokens, the owner's key, session cookies and the auth proxy (see identify.ts). */
  auth: Authenticator;
}

const storeStatus = {
  'not-found': 404,
  'stale-draft': 409,
  'never-published': 409,
  'already-current': 409,
  'token-exists': 409,
  'person-exists': 409,
  'bad-backup': 400,
} as const;

function fail(c: Context, status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429, code: string, message: string) {
  return c.json<ApiError>({ error: { code, message } }, status);
}

const TokenRequest = z.object({ name: z.string().trim().min(1).max(80), role: Role });

const isRead = (method: string) => method === 'GET' || method === 'HEAD';

/**
 * Writes and what only writers read: sign-in, import, diff, publish, rollback, revisions and their files, audit;
 * and for the owner people, tokens, backup and restore. Every answer is `no-store`; every write is audited by the
 * store in the same transaction.
 */
export function adminApi({ store, state, log, auth }: AdminApiOptions) {
  const { trustedProxies } = auth.config;
  const app = new Hono<AdminEnv>();

  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: (c) => fail(c, 413, 'too-large', `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`),
    }),
  );
  // A browser sends Origin on a cross-site write; a script sends none. Only this site's own pages may write.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !isRead(c.req.method) && origin !== siteOrigin(c, trustedProxies))
      return fail(c, 403, 'cross-origin', 'Writes from another site are refused');
    await next();
  });
  app.route('/session', sessionApi(auth));
  app.use('*', async (c, next) => {
    const identified = await auth.identify(c);
    if ('refusal' in identified) {
      const { status, code, message } = identified.refusal;
      if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="shanxi-ict-data"');
      return fail(c, status, code, message);
    }
    const { principal } = identified;
    // A cookie (or the gateway's header) rides along on any request the browser makes, a forged one too: a write
    // by a browser must show it comes from this site's page. SameSite=Strict already keeps the cookie off others.
    if (principal.via !== 'token' && !isRead(c.req.method) && c.req.header('origin') === undefined)
      return fail(c, 403, 'cross-origin', 'A write from the browser must carry this site’s Origin');
    c.set('principal', principal);
    c.set('actor', { name: principal.name, address: clientAddress(c, trustedProxies) });
    await next();
  });
  const needs = (role: Principal['role']) => async (c: Context<AdminEnv>, next: () => Promise<void>) => {
    if (!mayAct(c.get('principal'), role)) return fail(c, 403, 'forbidden', `This needs the ${role} role`);
    await next();
  };
  app.onError((error, c) => {
    if (error instanceof StoreError) return fail(c, storeStatus[error.code], error.code, error.message);
    log.error('admin request failed', { path: c.req.path, error });
    return c.json<ApiError>(
      { error: { code: 'internal', message: 'The data service failed; nothing was changed' } },
      500,
    );
  });

  app.post('/imports', needs('editor'), async (c) => {
    const form = await c.req.parseBody().catch(() => undefined);
    const file = form?.file;
    if (!form || !(file instanceof File))
      return fail(c, 400, 'no-file', 'Send the workbook as multipart/form-data field "file"');
    const flag = (name: string) => form[name] === 'true';
    const publish = flag('publish');
    if (publish && !mayAct(c.get('principal'), 'publisher'))
      return fail(c, 403, 'forbidden', 'Publishing needs the publisher role');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const note = typeof form.note === 'string' ? form.note.slice(0, 2000) : '';
    const current = await store.current();
    const plan = await planImport({ name: file.name, bytes }, current.dataset);
    if (!plan.dataset || !plan.diff || plan.problems.length > 0) {
      const result: ImportResultType = {
        revision: null,
        published: false,
        problems: plan.problems,
        warnings: plan.warnings,
        diff: null,
      };
      return c.json(ImportResult.parse(result), 422);
    }
    const draft = await store.createDraft(
      {
        parentId: current.id,
        dataset: plan.dataset,
        diff: plan.diff,
        warnings: plan.warnings,
        note,
        fileName: file.name.slice(0, 255),
        fileSha256: createHash('sha256').update(bytes).digest('hex'),
        file: { contentType: contentTypeOf(file.name), bytes },
      },
      c.get('actor'),
    );
    let published = false;
    if (publish && (!plan.warnings.some(needsAcknowledgement) || flag('acceptWarnings'))) {
      await store.publish(draft.id, c.get('actor'), note);
      await state.reload();
      published = true;
    }
    log.info('import', { revision: draft.id, published, actor: c.get('actor').name, file: file.name });
    const result: ImportResultType = {
      revision: draft.id,
      published,
      problems: [],
      warnings: plan.warnings,
      diff: plan.diff,
    };
    return c.json(ImportResult.parse(result), 201);
  });

  app.get('/revisions', needs('editor'), async (c) => c.json(RevisionList.parse({ items: await store.revisions() })));
  app.get('/revisions/:id{[0-9]+}', needs('editor'), async (c) => {
    const revision = await store.revision(Number(c.req.param('id')));
    return revision ? c.json(Revision.parse(revision)) : fail(c, 404, 'not-found', 'No such revision');
  });
  app.get('/revisions/:id{[0-9]+}/file', needs('editor'), async (c) => {
    const id = Number(c.req.param('id'));
    const [revision, file] = await Promise.all([store.revision(id), store.revisionFile(id)]);
    if (!revision || !file) return fail(c, 404, 'not-found', `Revision ${id} has no stored file`);
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': attachment(revision.fileName ?? `revision-${id}`),
      'X-Content-Type-Options': 'nosniff',
    });
  });
  app.get('/diff', needs('editor'), async (c) => {
    const [from, to] = [Number(c.req.query('from')), Number(c.req.query('to'))];
    if (!Number.isInteger(from) || !Number.isInteger(to))
      return fail(c, 400, 'bad-request', 'Give ?from=A&to=B (revision numbers)');
    const [before, after] = await Promise.all([store.dataset(from), store.dataset(to)]);
    if (!before || !after) return fail(c, 404, 'not-found', `No revision ${before ? to : from}`);
    return c.json(diffDatasets(before, after));
  });

  const publishOrRollback = (kind: 'publish' | 'rollback') => async (c: Context<AdminEnv>) => {
    const id = Number(c.req.param('id'));
    const parsed = PublishRequest.safeParse(await c.req.json().catch(() => ({})));
    if (!parsed.success)
      return fail(c, 400, 'bad-request', 'The body must be {"note"?: string, "acceptWarnings"?: boolean}');
    const revision = await store.revision(id);
    if (!revision) return fail(c, 404, 'not-found', `No revision ${id}`);
    if (
      kind === 'publish' &&
      revision.publishedAt === null &&
      revision.warnings.some(needsAcknowledgement) &&
      !parsed.data.acceptWarnings
    ) {
      return fail(
        c,
        409,
        'warnings-not-accepted',
        `Revision ${id} has ${revision.warnings.filter(needsAcknowledgement).length} warning(s) to acknowledge; read them, then publish with acceptWarnings`,
      );
    }
    const done =
      kind === 'publish'
        ? await store.publish(id, c.get('actor'), parsed.data.note)
        : await store.rollback(id, c.get('actor'), parsed.data.note);
    await state.reload();
    log.info(kind, { revision: id, actor: c.get('actor').name });
    return c.json(Revision.parse(done));
  };
  app.post('/revisions/:id{[0-9]+}/publish', needs('publisher'), publishOrRollback('publish'));
  app.post('/revisions/:id{[0-9]+}/rollback', needs('publisher'), publishOrRollback('rollback'));

  app.get('/audit', needs('publisher'), async (c) => {
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 200) || 200, 1), 5000);
    return c.json(AuditList.parse({ items: await store.audit(limit) }));
  });

  app.use('/people', needs('owner'));
  app.use('/people/*', needs('owner'));
  app.route('/people', peopleApi(store));

  app.get('/tokens', needs('owner'), async (c) => c.json({ items: await store.tokens() }));
  app.post('/tokens', needs('owner'), async (c) => {
    const parsed = TokenRequest.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return fail(c, 400, 'bad-request', 'The body must be {"name": string, "role": "editor" | "publisher"}');
    const token = await store.createToken(parsed.data.name, parsed.data.role, c.get('actor'));
    return c.json({ token }, 201);
  });
  app.delete('/tokens/:name', needs('owner'), async (c) => {
    const revoked = await store.revokeToken(c.req.param('name') ?? '', c.get('actor'));
    return revoked ? c.json({ revoked: true }) : fail(c, 404, 'not-found', 'No active token by that name');
  });
  app.get('/backup', needs('owner'), async (c) => c.json(await store.backup()));
  app.post('/restore', needs('owner'), async (c) => {
    const backup = (await c.req.json().catch(() => undefined)) as StoreBackup | undefined;
    if (!backup) return fail(c, 400, 'bad-backup', 'The body must be a backup file');
    await store.restore(backup, c.get('actor'));
    await state.reload();
    return c.json({ restored: true, current: await store.currentId() });
  });
  return app;
}

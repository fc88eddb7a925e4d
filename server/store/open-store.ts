import { createHash, randomBytes } from 'node:crypto';
import { z } from '@/config/zod';
import { AuditEntry, DatasetDiff, ImportWarning, Revision, Role } from '@/api/admin-schemas';
import { articleDataset, Dataset } from '../dataset/dataset';
import { migrate, readMigrations, SCHEMA_LOCK } from './migrate';
import { openPgClient, openPgliteClient, type SqlClient, type SqlQueryable } from './sql-client';
import {
  StoreError,
  type Actor,
  type DraftInput,
  type Store,
  type StoreBackup,
  type StoreLocation,
  type TokenInfo,
} from './store';

/** The NOTIFY channel a publish, rollback or restore announces the new current revision id on. */
export const CURRENT_CHANNEL = 'current_revision';

export const SEED_NOTE = '报道原文 / The article';

const TOKEN_PREFIX = 'sxd_';

const emptyDiff = (): DatasetDiff => ({ changed: [], added: [], removed: [], removedIndicators: [] });

interface RevisionRow {
  id: number;
  parent_id: number | null;
  created_by: string;
  created_at: Date | string;
  note: string;
  file_name: string | null;
  file_sha256: string | null;
  published_at: Date | string | null;
  current: boolean;
  diff: unknown;
  warnings: unknown;
}

interface AuditRow {
  id: number;
  at: Date | string;
  actor: string;
  action: string;
  revision: number | null;
  address: string | null;
  detail: string;
}

interface TokenRow {
  name: string;
  role: string;
  hash: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const REVISION_COLUMNS = `r.id, r.parent_id, r.created_by, r.created_at, r.note, r.file_name, r.file_sha256,
  r.published_at, r.diff, r.warnings, (r.id = c.revision_id) AS current`;
const FROM_REVISIONS = 'FROM revisions r CROSS JOIN current_revision c';

/** Both drivers hand timestamptz back as a Date (node-postgres) or possibly text; the contract wants ISO with offset. */
const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

/** What the store reads it parses with the contract's schema: a bad row fails loudly instead of reaching a client. */
function toRevision(row: RevisionRow): Revision {
  return Revision.parse({
    id: row.id,
    parentId: row.parent_id,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    note: row.note,
    fileName: row.file_name,
    fileSha256: row.file_sha256,
    publishedAt: row.published_at === null ? null : iso(row.published_at),
    current: row.current,
    diff: row.diff,
    warnings: row.warnings,
  });
}

const toAudit = (row: AuditRow): AuditEntry => AuditEntry.parse({ ...row, at: iso(row.at) });

const toTokenInfo = (row: TokenRow): TokenInfo => ({
  name: row.name,
  role: Role.parse(row.role),
  createdAt: iso(row.created_at),
  revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
});

function parseDataset(value: unknown, id: number): Dataset {
  const parsed = Dataset.safeParse(value);
  if (!parsed.success) throw new Error(`store: revision ${id} holds an invalid dataset: ${parsed.error.message}`);
  return parsed.data;
}

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('store: a statement that returns one row returned none');
  return row;
}

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

async function openClient(location: StoreLocation): Promise<SqlClient> {
  switch (location.kind) {
    case 'directory':
      return openPgliteClient(location.dataDir);
    case 'memory':
      return openPgliteClient();
    case 'url':
      return openPgClient(location.databaseUrl);
  }
}

/** Revision 1, the article: written once, under the schema lock, by whichever replica gets there first. */
async function seed(client: SqlClient): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    const { count } = one(await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM revisions'));
    if (count > 0) return;
    const { id } = one(
      await tx.query<{ id: number }>(
        `INSERT INTO revisions (parent_id, created_by, note, dataset, diff, warnings, published_at)
         VALUES (NULL, 'system', $1, $2, $3, '[]', now()) RETURNING id`,
        [SEED_NOTE, JSON.stringify(articleDataset()), JSON.stringify(emptyDiff())],
      ),
    );
    await tx.query('INSERT INTO current_revision (revision_id) VALUES ($1)', [id]);
    await tx.query(
      `INSERT INTO audit (actor, action, revision, address, detail) VALUES ('system', 'seed', $1, NULL, $2)`,
      [id, SEED_NOTE],
    );
  });
}

async function audit(
  tx: SqlQueryable,
  actor: Actor,
  action: string,
  revision: number | null,
  detail: string,
): Promise<void> {
  await tx.query('INSERT INTO audit (actor, action, revision, address, detail) VALUES ($1, $2, $3, $4, $5)', [
    actor.name,
    action,
    revision,
    actor.address,
    detail,
  ]);
}

async function readRevision(q: SqlQueryable, id: number): Promise<Revision | undefined> {
  const [row] = await q.query<RevisionRow>(`SELECT ${REVISION_COLUMNS} ${FROM_REVISIONS} WHERE r.id = $1`, [id]);
  return row && toRevision(row);
}

/** Takes the pointer's row lock first, so publishes, rollbacks and restores on any replica happen one at a time. */
async function lockCurrent(tx: SqlQueryable): Promise<number> {
  const [row] = await tx.query<{ revision_id: number }>(
    'SELECT revision_id FROM current_revision WHERE singleton FOR UPDATE',
  );
  if (!row) throw new Error('store: no current revision (the store was not seeded)');
  return row.revision_id;
}

async function movePointer(tx: SqlQueryable, id: number): Promise<void> {
  await tx.query('UPDATE current_revision SET revision_id = $1 WHERE singleton', [id]);
  // Delivered at COMMIT, and only if it commits.
  await tx.query('SELECT pg_notify($1, $2)', [CURRENT_CHANNEL, String(id)]);
}

const BackupSchema = z.object({
  format: z.literal('shanxi-ict-store'),
  version: z.literal(1),
  currentRevision: z.number().int().min(1),
  revisions: z.array(Revision.extend({ dataset: Dataset })).min(1),
  audit: z.array(AuditEntry),
  tokens: z.array(
    z.object({
      name: z.string().min(1),
      role: Role,
      createdAt: z.iso.datetime({ offset: true }),
      revokedAt: z.iso.datetime({ offset: true }).nullable(),
      hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex'),
    }),
  ),
});

/** The checks zod cannot express: references between the parts, and the uniqueness the tables enforce. */
function checkBackup(value: unknown): StoreBackup {
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) {
    throw new StoreError('bad-backup', `not a store backup: ${z.prettifyError(parsed.error)}`);
  }
  const backup = parsed.data;
  const ids = new Set<number>();
  for (const revision of [...backup.revisions].sort((a, b) => a.id - b.id)) {
    if (ids.has(revision.id)) throw new StoreError('bad-backup', `revision ${revision.id} appears twice`);
    if (revision.parentId !== null && !ids.has(revision.parentId)) {
      throw new StoreError(
        'bad-backup',
        `revision ${revision.id} names parent ${revision.parentId}, not an earlier one`,
      );
    }
    ids.add(revision.id);
  }
  const current = backup.revisions.find((r) => r.id === backup.currentRevision);
  if (!current) throw new StoreError('bad-backup', `the current revision ${backup.currentRevision} is not in it`);
  if (current.publishedAt === null) {
    throw new StoreError('bad-backup', `the current revision ${backup.currentRevision} was never published`);
  }
  const auditIds = new Set(backup.audit.map((a) => a.id));
  if (auditIds.size !== backup.audit.length) throw new StoreError('bad-backup', 'an audit id appears twice');
  const live = backup.tokens.filter((t) => t.revokedAt === null).map((t) => t.name);
  if (new Set(live).size !== live.length) throw new StoreError('bad-backup', 'two live tokens share a name');
  if (new Set(backup.tokens.map((t) => t.hash)).size !== backup.tokens.length) {
    throw new StoreError('bad-backup', 'two tokens share a hash');
  }
  return backup;
}

/** Opens the store at `location`: applies pending migrations and seeds revision 1 (the article) into an empty one. */
export async function openStore(location: StoreLocation): Promise<Store> {
  const client = await openClient(location);
  try {
    await migrate(client, await readMigrations());
    await seed(client);
  } catch (error) {
    await client.close();
    throw error;
  }

  const currentId = async (q: SqlQueryable = client): Promise<number> => {
    const [row] = await q.query<{ revision_id: number }>('SELECT revision_id FROM current_revision');
    if (!row) throw new Error('store: no current revision (the store was not seeded)');
    return row.revision_id;
  };

  const datasetOf = async (id: number): Promise<Dataset | undefined> => {
    const [row] = await client.query<{ dataset: unknown }>('SELECT dataset FROM revisions WHERE id = $1', [id]);
    return row && parseDataset(row.dataset, id);
  };

  const makeCurrent = (id: number, actor: Actor, action: 'publish' | 'rollback', note: string | undefined) =>
    client.transaction(async (tx) => {
      const currentIdNow = await lockCurrent(tx);
      const revision = await readRevision(tx, id);
      if (!revision) throw new StoreError('not-found', `no revision ${id}`);
      if (revision.id === currentIdNow) throw new StoreError('already-current', `revision ${id} is already current`);
      if (action === 'rollback' && revision.publishedAt === null) {
        throw new StoreError('never-published', `revision ${id} was never published; publish it instead`);
      }
      if (action === 'publish' && revision.publishedAt === null && revision.parentId !== currentIdNow) {
        throw new StoreError(
          'stale-draft',
          `revision ${id} was drafted from revision ${revision.parentId ?? 'none'}, but ${currentIdNow} is current now: publishing it would undo that; import again`,
        );
      }
      await tx.query('UPDATE revisions SET published_at = now() WHERE id = $1 AND published_at IS NULL', [id]);
      await movePointer(tx, id);
      await audit(tx, actor, action, id, note ?? '');
      const after = await readRevision(tx, id);
      if (!after) throw new Error(`store: revision ${id} vanished`);
      return after;
    });

  return {
    async current() {
      const [row] = await client.query<{ id: number; dataset: unknown }>(
        'SELECT r.id, r.dataset FROM revisions r JOIN current_revision c ON r.id = c.revision_id',
      );
      if (!row) throw new Error('store: no current revision (the store was not seeded)');
      return { id: row.id, dataset: parseDataset(row.dataset, row.id) };
    },
    currentId: () => currentId(),
    dataset: datasetOf,
    revision: (id) => readRevision(client, id),
    async revisions() {
      const rows = await client.query<RevisionRow>(`SELECT ${REVISION_COLUMNS} ${FROM_REVISIONS} ORDER BY r.id DESC`);
      return rows.map(toRevision);
    },

    async createDraft(input: DraftInput, actor: Actor) {
      const dataset = Dataset.parse(input.dataset);
      const diff = DatasetDiff.parse(input.diff);
      const warnings = z.array(ImportWarning).parse(input.warnings);
      return client.transaction(async (tx) => {
        const parent = await tx.query('SELECT 1 FROM revisions WHERE id = $1', [input.parentId]);
        if (parent.length === 0) throw new StoreError('not-found', `no revision ${input.parentId} to draft from`);
        // One INSERT: a crash leaves the whole draft or none of it.
        const { id } = one(
          await tx.query<{ id: number }>(
            `INSERT INTO revisions (parent_id, created_by, note, file_name, file_sha256, dataset, diff, warnings)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
            [
              input.parentId,
              actor.name,
              input.note,
              input.fileName,
              input.fileSha256,
              JSON.stringify(dataset),
              JSON.stringify(diff),
              JSON.stringify(warnings),
            ],
          ),
        );
        await audit(tx, actor, 'import', id, input.fileName ?? input.note);
        const revision = await readRevision(tx, id);
        if (!revision) throw new Error(`store: revision ${id} vanished`);
        return revision;
      });
    },

    publish: (id, actor, note) => makeCurrent(id, actor, 'publish', note),
    rollback: (id, actor, note) => makeCurrent(id, actor, 'rollback', note),

    async audit(limit = 100) {
      const rows = await client.query<AuditRow>(
        'SELECT id, at, actor, action, revision, address, detail FROM audit ORDER BY id DESC LIMIT $1',
        [Math.max(0, Math.floor(limit))],
      );
      return rows.map(toAudit);
    },

    async createToken(name, role, actor) {
      const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
      const validRole = Role.parse(role);
      return client.transaction(async (tx) => {
        const live = await tx.query('SELECT 1 FROM tokens WHERE name = $1 AND revoked_at IS NULL FOR UPDATE', [name]);
        if (live.length > 0) throw new StoreError('token-exists', `a token named ${name} exists; revoke it first`);
        try {
          await tx.query('INSERT INTO tokens (name, role, hash) VALUES ($1, $2, $3)', [
            name,
            validRole,
            hashToken(secret),
          ]);
        } catch (error) {
          // Another replica created the name between the check and the insert (tokens_live_name).
          if (isUniqueViolation(error)) throw new StoreError('token-exists', `a token named ${name} exists`);
          throw error;
        }
        await audit(tx, actor, 'token-create', null, `${name} (${validRole})`);
        return secret;
      });
    },

    revokeToken: (name, actor) =>
      client.transaction(async (tx) => {
        const revoked = await tx.query<{ role: string }>(
          'UPDATE tokens SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL RETURNING role',
          [name],
        );
        if (revoked.length === 0) return false;
        await audit(tx, actor, 'token-revoke', null, name);
        return true;
      }),

    async tokens() {
      const rows = await client.query<TokenRow>(
        'SELECT name, role, hash, created_at, revoked_at FROM tokens ORDER BY id',
      );
      return rows.map(toTokenInfo);
    },

    async authenticate(token) {
      if (!token.startsWith(TOKEN_PREFIX)) return undefined;
      const [row] = await client.query<{ name: string; role: string }>(
        'SELECT name, role FROM tokens WHERE hash = $1 AND revoked_at IS NULL',
        [hashToken(token)],
      );
      return row && { name: row.name, role: Role.parse(row.role) };
    },

    async onCurrentChanged(listener) {
      const unlisten = await client.listen(
        CURRENT_CHANNEL,
        (payload) => {
          const id = Number(payload);
          if (Number.isInteger(id) && id > 0) listener(id);
        },
        // A dropped LISTEN connection may have missed a publish: tell the listener where things stand now.
        () => void currentId().then(listener, () => undefined),
      );
      return unlisten;
    },

    backup: () =>
      // One transaction, so the parts agree with each other even while others write.
      client.transaction(async (tx) => {
        const currentRevision = await currentId(tx);
        const rows = await tx.query<RevisionRow & { dataset: unknown }>(
          `SELECT ${REVISION_COLUMNS}, r.dataset ${FROM_REVISIONS} ORDER BY r.id`,
        );
        const auditRows = await tx.query<AuditRow>(
          'SELECT id, at, actor, action, revision, address, detail FROM audit ORDER BY id',
        );
        const tokenRows = await tx.query<TokenRow>(
          'SELECT name, role, hash, created_at, revoked_at FROM tokens ORDER BY id',
        );
        return {
          format: 'shanxi-ict-store' as const,
          version: 1 as const,
          currentRevision,
          revisions: rows.map((row) => ({ ...toRevision(row), dataset: parseDataset(row.dataset, row.id) })),
          audit: auditRows.map(toAudit),
          tokens: tokenRows.map((row) => ({ ...toTokenInfo(row), hash: row.hash })),
        };
      }),

    async restore(value, actor) {
      const backup = checkBackup(value);
      await client.transaction(async (tx) => {
        await lockCurrent(tx);
        await tx.exec('TRUNCATE current_revision, revisions, audit, tokens RESTART IDENTITY');
        for (const r of [...backup.revisions].sort((a, b) => a.id - b.id)) {
          await tx.query(
            `INSERT INTO revisions (id, parent_id, created_by, created_at, note, file_name, file_sha256, dataset, diff,
               warnings, published_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
            [
              r.id,
              r.parentId,
              r.createdBy,
              r.createdAt,
              r.note,
              r.fileName,
              r.fileSha256,
              JSON.stringify(r.dataset),
              JSON.stringify(r.diff),
              JSON.stringify(r.warnings),
              r.publishedAt,
            ],
          );
        }
        await tx.query('INSERT INTO current_revision (revision_id) VALUES ($1)', [backup.currentRevision]);
        for (const a of backup.audit) {
          await tx.query(
            'INSERT INTO audit (id, at, actor, action, revision, address, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [a.id, a.at, a.actor, a.action, a.revision, a.address, a.detail],
          );
        }
        for (const t of backup.tokens) {
          await tx.query('INSERT INTO tokens (name, role, hash, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5)', [
            t.name,
            t.role,
            t.hash,
            t.createdAt,
            t.revokedAt,
          ]);
        }
        // Explicit ids leave the identity sequences behind; the next insert must follow the restored ids.
        for (const table of ['revisions', 'audit', 'tokens']) {
          await tx.query(
            `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`,
          );
        }
        await audit(
          tx,
          actor,
          'restore',
          backup.currentRevision,
          `${backup.revisions.length} revisions, ${backup.audit.length} audit rows, ${backup.tokens.length} tokens`,
        );
        await tx.query('SELECT pg_notify($1, $2)', [CURRENT_CHANNEL, String(backup.currentRevision)]);
      });
    },

    close: () => client.close(),
  };
}

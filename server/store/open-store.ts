import { createHash, randomBytes } from 'node:crypto';
import { z } from '@/config/zod';
import { AuditEntry, DatasetDiff, ImportWarning, Person, Revision, Role } from '@/api/admin-schemas';
import { articleDataset, Dataset } from '../dataset/dataset';
import { migrate, readMigrations, SCHEMA_LOCK } from './migrate';
import { openPgClient, openPgliteClient, type SqlClient, type SqlQueryable } from './sql-client';
import {
  StoreError,
  type Actor,
  type DraftInput,
  type LockPolicy,
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
  file_stored: boolean;
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
  r.published_at, r.diff, r.warnings, (r.id = c.revision_id) AS current,
  EXISTS (SELECT 1 FROM revision_files f WHERE f.revision_id = r.id) AS file_stored`;

interface PersonRow {
  name: string;
  role: string;
  password_hash: string;
  created_at: Date | string;
  disabled_at: Date | string | null;
}

const PERSON_COLUMNS = 'name, role, password_hash, created_at, disabled_at';
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
    fileStored: row.file_stored,
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

const toPerson = (row: PersonRow): Person =>
  Person.parse({
    name: row.name,
    role: row.role,
    createdAt: iso(row.created_at),
    disabledAt: row.disabled_at === null ? null : iso(row.disabled_at),
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
  revisions: z.array(Revision.extend({ fileStored: z.boolean().optional(), dataset: Dataset })).min(1),
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
  people: z.array(Person.extend({ passwordHash: z.string().startsWith('scrypt$') })).optional(),
  files: z
    .array(z.object({ revisionId: z.number().int().min(1), contentType: z.string().min(1), base64: z.base64() }))
    .optional(),
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
  const people = backup.people ?? [];
  if (new Set(people.map((p) => p.name)).size !== people.length)
    throw new StoreError('bad-backup', 'two people share a name');
  for (const file of backup.files ?? []) {
    if (!ids.has(file.revisionId))
      throw new StoreError('bad-backup', `a file names revision ${file.revisionId}, not in it`);
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
        if (input.file) {
          await tx.query('INSERT INTO revision_files (revision_id, content_type, bytes) VALUES ($1, $2, $3)', [
            id,
            input.file.contentType,
            Buffer.from(input.file.bytes),
          ]);
        }
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

    async revisionFile(id) {
      const [row] = await client.query<{ content_type: string; bytes: Uint8Array }>(
        'SELECT content_type, bytes FROM revision_files WHERE revision_id = $1',
        [id],
      );
      return row && { contentType: row.content_type, bytes: new Uint8Array(row.bytes) };
    },

    async people() {
      return (await client.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people ORDER BY name`)).map(toPerson);
    },

    addPerson: (name, role, passwordHash, actor) =>
      client.transaction(async (tx) => {
        const validRole = Role.parse(role);
        const taken = await tx.query('SELECT 1 FROM people WHERE name = $1', [name]);
        if (taken.length > 0) throw new StoreError('person-exists', `the name ${name} is taken`);
        let row: PersonRow;
        try {
          row = one(
            await tx.query<PersonRow>(
              `INSERT INTO people (name, role, password_hash) VALUES ($1, $2, $3) RETURNING ${PERSON_COLUMNS}`,
              [name, validRole, passwordHash],
            ),
          );
        } catch (error) {
          if (isUniqueViolation(error)) throw new StoreError('person-exists', `the name ${name} is taken`);
          throw error;
        }
        await audit(tx, actor, 'user-add', null, `${name} (${validRole})`);
        return toPerson(row);
      }),

    async credentials(name) {
      const [row] = await client.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people WHERE name = $1`, [name]);
      return (
        row && {
          name: row.name,
          role: Role.parse(row.role),
          passwordHash: row.password_hash,
          disabled: row.disabled_at !== null,
        }
      );
    },

    disablePerson: (name, actor) =>
      client.transaction(async (tx) => {
        const [row] = await tx.query<PersonRow>(
          `UPDATE people SET disabled_at = now() WHERE name = $1 AND disabled_at IS NULL RETURNING ${PERSON_COLUMNS}`,
          [name],
        );
        if (!row) return undefined;
        const ended = await tx.query('DELETE FROM sessions WHERE person = $1 RETURNING 1', [name]);
        await audit(tx, actor, 'user-disable', null, `${name} (${ended.length} session(s) ended)`);
        return toPerson(row);
      }),

    setPassword: (name, passwordHash, actor) =>
      client.transaction(async (tx) => {
        const [row] = await tx.query<PersonRow>(
          `UPDATE people SET password_hash = $2 WHERE name = $1 AND disabled_at IS NULL RETURNING ${PERSON_COLUMNS}`,
          [name, passwordHash],
        );
        if (!row) return undefined;
        const ended = await tx.query('DELETE FROM sessions WHERE person = $1 RETURNING 1', [name]);
        await audit(tx, actor, 'user-reset-password', null, `${name} (${ended.length} session(s) ended)`);
        return toPerson(row);
      }),

    createSession: (idHash, name, at, staleBefore, actor) =>
      client.transaction(async (tx) => {
        await tx.query('DELETE FROM sessions WHERE last_seen_at <= $1::timestamptz', [staleBefore.toISOString()]);
        await tx.query(
          `INSERT INTO sessions (id_hash, person, created_at, last_seen_at, address)
           VALUES ($1, $2, $3::timestamptz, $3::timestamptz, $4)`,
          [idHash, name, at.toISOString(), actor.address],
        );
        await audit(tx, actor, 'sign-in', null, '');
      }),

    async touchSession(idHash, at, staleBefore) {
      const [row] = await client.query<{ name: string; role: string }>(
        `UPDATE sessions s SET last_seen_at = $2::timestamptz FROM people p
         WHERE s.id_hash = $1 AND p.name = s.person AND p.disabled_at IS NULL AND s.last_seen_at > $3::timestamptz
         RETURNING p.name, p.role`,
        [idHash, at.toISOString(), staleBefore.toISOString()],
      );
      return row && { name: row.name, role: Role.parse(row.role) };
    },

    endSession: (idHash, actor) =>
      client.transaction(async (tx) => {
        const ended = await tx.query('DELETE FROM sessions WHERE id_hash = $1 RETURNING person', [idHash]);
        if (ended.length === 0) return false;
        await audit(tx, actor, 'sign-out', null, '');
        return true;
      }),

    async lockedUntil(keys, at) {
      const [row] = await client.query<{ until: Date | string | null }>(
        'SELECT max(locked_until) AS until FROM sign_in_failures WHERE key = ANY($1::text[]) AND locked_until > $2::timestamptz',
        [[...keys], at.toISOString()],
      );
      return row?.until ? new Date(row.until) : null;
    },

    recordSignInFailure: (keys, at, policy: LockPolicy) =>
      client.transaction(async (tx) => {
        let lockedUntil: Date | null = null;
        for (const key of keys) {
          await tx.query(
            `INSERT INTO sign_in_failures (key, failures, first_at) VALUES ($1, 0, $2::timestamptz)
             ON CONFLICT (key) DO NOTHING`,
            [key, at.toISOString()],
          );
          const row = one(
            await tx.query<{ failures: number; first_at: Date | string; locked_until: Date | string | null }>(
              'SELECT failures, first_at, locked_until FROM sign_in_failures WHERE key = $1 FOR UPDATE',
              [key],
            ),
          );
          const now = at.getTime();
          // A lock that has run out, or a window that has passed, starts the count again.
          const fresh =
            (row.locked_until !== null && new Date(row.locked_until).getTime() <= now) ||
            now - new Date(row.first_at).getTime() > policy.windowMs;
          const failures = (fresh ? 0 : row.failures) + 1;
          const until =
            failures >= policy.maxFailures
              ? new Date(now + policy.lockMs)
              : fresh || row.locked_until === null
                ? null
                : new Date(row.locked_until);
          await tx.query(
            `UPDATE sign_in_failures SET failures = $2, first_at = $3::timestamptz, locked_until = $4::timestamptz
             WHERE key = $1`,
            [key, failures, fresh ? at.toISOString() : iso(row.first_at), until?.toISOString() ?? null],
          );
          if (until && (!lockedUntil || until > lockedUntil)) lockedUntil = until;
        }
        return lockedUntil;
      }),

    async clearSignInFailures(key) {
      await client.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
    },

    async recordAudit(actor, action, detail) {
      await audit(client, actor, action, null, detail);
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
        const personRows = await tx.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM people ORDER BY id`);
        const fileRows = await tx.query<{ revision_id: number; content_type: string; bytes: Uint8Array }>(
          'SELECT revision_id, content_type, bytes FROM revision_files ORDER BY revision_id',
        );
        return {
          format: 'shanxi-ict-store' as const,
          version: 1 as const,
          currentRevision,
          revisions: rows.map((row) => ({ ...toRevision(row), dataset: parseDataset(row.dataset, row.id) })),
          audit: auditRows.map(toAudit),
          tokens: tokenRows.map((row) => ({ ...toTokenInfo(row), hash: row.hash })),
          people: personRows.map((row) => ({ ...toPerson(row), passwordHash: row.password_hash })),
          files: fileRows.map((row) => ({
            revisionId: row.revision_id,
            contentType: row.content_type,
            base64: Buffer.from(row.bytes).toString('base64'),
          })),
        };
      }),

    async restore(value, actor) {
      const backup = checkBackup(value);
      await client.transaction(async (tx) => {
        await lockCurrent(tx);
        await tx.exec(
          'TRUNCATE current_revision, revision_files, revisions, audit, tokens, sessions, people RESTART IDENTITY',
        );
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
        for (const p of backup.people ?? []) {
          await tx.query(
            'INSERT INTO people (name, role, password_hash, created_at, disabled_at) VALUES ($1, $2, $3, $4, $5)',
            [p.name, p.role, p.passwordHash, p.createdAt, p.disabledAt],
          );
        }
        for (const f of backup.files ?? []) {
          await tx.query('INSERT INTO revision_files (revision_id, content_type, bytes) VALUES ($1, $2, $3)', [
            f.revisionId,
            f.contentType,
            Buffer.from(f.base64, 'base64'),
          ]);
        }
        // Explicit ids leave the identity sequences behind; the next insert must follow the restored ids.
        for (const table of ['revisions', 'audit', 'tokens', 'people']) {
          await tx.query(
            `SELECT setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) FROM ${table}`,
          );
        }
        await audit(
          tx,
          actor,
          'restore',
          backup.currentRevision,
          `${backup.revisions.length} revisions, ${backup.audit.length} audit rows, ${backup.tokens.length} tokens, ${backup.people?.length ?? 0} people`,
        );
        await tx.query('SELECT pg_notify($1, $2)', [CURRENT_CHANNEL, String(backup.currentRevision)]);
      });
    },

    close: () => client.close(),
  };
}

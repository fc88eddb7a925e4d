import { z } from '@/config/zod';
import { contractRegistry, LocalizedText, Observation } from './schemas';

/**
 * The admin half of the contract: what the data service answers to people and scripts that change the figures.
 * The public pages never load this module; the editors' page and the service's command line do.
 */

export const roles = ['editor', 'publisher'] as const;
/** editor: imports drafts; publisher: also publishes and rolls back. */
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const Reason = z
  .object({ zh: z.string(), en: z.string() })
  .register(contractRegistry, { id: 'Reason', description: 'What is wrong, in Chinese and English.' });
export type Reason = z.infer<typeof Reason>;

export const CellProblem = z
  .object({
    sheet: z.string().describe('The sheet as the workbook names it (观测值); for a CSV, the file name.'),
    cell: z.string().describe('The cell in A1 style (D5); a whole row or column is named by its first cell.'),
    text: z.string().describe('What the cell holds, as text (empty when the cell is empty).'),
    reason: Reason,
  })
  .register(contractRegistry, { id: 'CellProblem', description: 'One error in an imported file, where it is.' });
export type CellProblem = z.infer<typeof CellProblem>;

export const warningKinds = [
  'large-change',
  'earlier-date',
  'unit-changed',
  'rank-out-of-range',
  'indicator-removed',
  'comparison-replaced',
] as const;
/** Kinds that only say what the import recomputed (a 推算值 net increase): shown, but nothing to acknowledge. */
const noticeKinds: readonly WarningKind[] = ['comparison-replaced'];
export type WarningKind = (typeof warningKinds)[number];
export const needsAcknowledgement = (warning: { kind: WarningKind }) => !noticeKinds.includes(warning.kind);

export const ImportWarning = z
  .object({
    kind: z.enum(warningKinds),
    indicatorId: z.string(),
    sheet: z.string().optional(),
    cell: z.string().optional(),
    message: Reason,
  })
  .register(contractRegistry, {
    id: 'ImportWarning',
    description:
      'Something that may be right but deserves a look. It does not block the import; publishing needs it acknowledged (acceptWarnings), except comparison-replaced, which only says that a net increase was recomputed as 推算值 because a newer figure is now the latest.',
  });
export type ImportWarning = z.infer<typeof ImportWarning>;

export const ObservationChange = z
  .object({
    indicatorId: z.string(),
    name: LocalizedText,
    date: z.iso.date(),
    unit: z.string().describe('The unit as printed, e.g. 万个.'),
    before: Observation.optional(),
    after: Observation.optional(),
  })
  .register(contractRegistry, { id: 'ObservationChange', description: 'One observation that differs.' });
export type ObservationChange = z.infer<typeof ObservationChange>;

export const DatasetDiff = z
  .object({
    changed: z.array(ObservationChange).describe('Same indicator and date, another value, bound or source.'),
    added: z.array(ObservationChange),
    removed: z.array(ObservationChange),
    removedIndicators: z.array(z.string()),
  })
  .register(contractRegistry, { id: 'DatasetDiff', description: 'What one revision changes against another.' });
export type DatasetDiff = z.infer<typeof DatasetDiff>;

export const Revision = z
  .object({
    id: z.number().int().min(1),
    parentId: z.number().int().min(1).nullable(),
    createdBy: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    note: z.string(),
    fileName: z.string().nullable(),
    fileSha256: z.string().nullable(),
    fileStored: z
      .boolean()
      .describe('True when the uploaded file is kept: GET /admin/revisions/{id}/file hands it back.'),
    publishedAt: z.iso.datetime({ offset: true }).nullable().describe('When it was first published; null for a draft.'),
    current: z.boolean().describe('True for the one revision the public API serves.'),
    diff: DatasetDiff.describe('Against its parent.'),
    warnings: z.array(ImportWarning),
  })
  .register(contractRegistry, {
    id: 'Revision',
    description: 'One version of the whole dataset. Revisions are never changed; publishing moves a pointer.',
  });
export type Revision = z.infer<typeof Revision>;

export const RevisionList = z
  .object({ items: z.array(Revision) })
  .register(contractRegistry, { id: 'RevisionList', description: 'Newest first.' });

export const ImportResult = z
  .object({
    revision: z.number().int().nullable().describe('The draft made, or null when the file has errors.'),
    published: z.boolean(),
    problems: z.array(CellProblem),
    warnings: z.array(ImportWarning),
    diff: DatasetDiff.nullable(),
  })
  .register(contractRegistry, {
    id: 'ImportResult',
    description: 'Every problem of the file at once. Any problem: nothing is stored or published.',
  });
export type ImportResult = z.infer<typeof ImportResult>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actor: z.string(),
    action: z.string().describe('import, publish, rollback, token-create, token-revoke, restore, …'),
    revision: z.number().int().nullable(),
    address: z.string().nullable(),
    detail: z.string(),
  })
  .register(contractRegistry, { id: 'AuditEntry', description: 'One write: who, when, what, from where.' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z
  .object({ items: z.array(AuditEntry) })
  .register(contractRegistry, { id: 'AuditList', description: 'Newest first.' });

export const PublishRequest = z
  .object({
    note: z.string().max(2000).optional(),
    acceptWarnings: z.boolean().optional().describe('Needed when the revision has warnings.'),
  })
  .register(contractRegistry, { id: 'PublishRequest' });

/**
 * People who sign in on the editors' page (`/data`). Accounts are made on the command line
 * (`npm run data -- user add NAME --role editor|publisher`); the password is hashed with scrypt, never stored.
 */
export const SignInRequest = z
  .object({
    name: z.string().trim().min(1).max(80),
    password: z.string().min(1).max(1024),
  })
  .register(contractRegistry, { id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequest>;

export const sessionSources = ['password', 'proxy', 'token'] as const;

export const Session = z
  .object({
    name: z.string().describe('The person signed in (a token is named token:NAME).'),
    role: Role,
    via: z
      .enum(sessionSources)
      .describe('password: a session cookie from the sign-in form; proxy: the gateway header; token: a bearer token.'),
    idleMinutes: z.number().int().min(1).describe('A session ends after this long without a request.'),
  })
  .register(contractRegistry, {
    id: 'Session',
    description: 'Who the request is from. GET /admin/session answers 401 when nobody is signed in.',
  });
export type Session = z.infer<typeof Session>;

export const Person = z
  .object({
    name: z.string(),
    role: Role,
    createdAt: z.iso.datetime({ offset: true }),
    disabledAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .register(contractRegistry, { id: 'Person', description: 'One account on the editors’ page.' });
export type Person = z.infer<typeof Person>;

export { PREVIEW_PARAM, SESSION_COOKIE, SIGNED_IN_HINT_COOKIE } from './admin-names';

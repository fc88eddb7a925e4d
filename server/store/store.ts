import type { AuditEntry, DatasetDiff, ImportWarning, Person, Revision, Role } from '@/api/admin-schemas';
import type { Dataset } from '../dataset/dataset';

/** Where the store lives: a PGlite data directory (the default), PostgreSQL at a URL, or memory (throw-away). */
export type StoreLocation =
  { kind: 'directory'; dataDir: string } | { kind: 'url'; databaseUrl: string } | { kind: 'memory' };

/** Who does a write, and from where; every write is audited with these. */
export interface Actor {
  name: string;
  address: string | null;
}

export interface DraftInput {
  parentId: number;
  dataset: Dataset;
  diff: DatasetDiff;
  warnings: ImportWarning[];
  note: string;
  fileName: string | null;
  fileSha256: string | null;
  /** The uploaded bytes, kept with the draft (same transaction) so the revision's file can be downloaded. */
  file?: RevisionFile | null;
}

export interface RevisionFile {
  contentType: string;
  bytes: Uint8Array;
}

/** What a sign-in checks: the stored hash, and whether the person may still sign in. */
export interface PersonCredentials {
  name: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

/** How many failed sign-ins lock a key, within what window, and for how long. */
export interface LockPolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export interface TokenInfo {
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** A whole store as portable JSON: what `backup` writes and `restore` reads, on PGlite or PostgreSQL alike. */
export interface StoreBackup {
  format: 'shanxi-ict-store';
  version: 1;
  currentRevision: number;
  revisions: (Omit<Revision, 'fileStored'> & { fileStored?: boolean; dataset: Dataset })[];
  audit: AuditEntry[];
  tokens: (TokenInfo & { hash: string })[];
  /** Absent in backups made before accounts existed. Sessions are never backed up: a restore signs everyone out. */
  people?: (Person & { passwordHash: string })[];
  files?: { revisionId: number; contentType: string; base64: string }[];
}

export type StoreErrorCode =
  'not-found' | 'stale-draft' | 'never-published' | 'already-current' | 'token-exists' | 'person-exists' | 'bad-backup';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The statistics store. Revisions are append-only; exactly one is current (published), moved in one transaction.
 * Every write records an audit row in the same transaction.
 */
export interface Store {
  /** The published revision. */
  current(): Promise<{ id: number; dataset: Dataset }>;
  /** Just the published revision's id: cheap, for replicas checking whether to reload. */
  currentId(): Promise<number>;
  dataset(id: number): Promise<Dataset | undefined>;
  revision(id: number): Promise<Revision | undefined>;
  /** Newest first. */
  revisions(): Promise<Revision[]>;
  createDraft(input: DraftInput, actor: Actor): Promise<Revision>;
  /** A draft whose parent is no longer current is refused (StoreError 'stale-draft'): it would undo a newer publish. */
  publish(id: number, actor: Actor, note?: string): Promise<Revision>;
  /** Makes an earlier, once-published revision current again. */
  rollback(id: number, actor: Actor, note?: string): Promise<Revision>;
  audit(limit?: number): Promise<AuditEntry[]>;
  /** Returns the token's secret once; only its SHA-256 is stored. */
  createToken(name: string, role: Role, actor: Actor): Promise<string>;
  revokeToken(name: string, actor: Actor): Promise<boolean>;
  tokens(): Promise<TokenInfo[]>;
  authenticate(token: string): Promise<{ name: string; role: Role } | undefined>;
  /** The bytes a revision was imported from; undefined when none were kept (the article, older revisions). */
  revisionFile(id: number): Promise<RevisionFile | undefined>;

  people(): Promise<Person[]>;
  /** StoreError 'person-exists' when the name is taken (also by a disabled person). */
  addPerson(name: string, role: Role, passwordHash: string, actor: Actor): Promise<Person>;
  credentials(name: string): Promise<PersonCredentials | undefined>;
  /** Disables the person and ends their sessions at once; undefined when no active person has that name. */
  disablePerson(name: string, actor: Actor): Promise<Person | undefined>;
  /** Replaces the hash and ends the person's sessions; undefined when no active person has that name. */
  setPassword(name: string, passwordHash: string, actor: Actor): Promise<Person | undefined>;

  /** Stores a new session by the SHA-256 of its id, audited as a sign-in; drops sessions idle since `staleBefore`. */
  createSession(idHash: string, name: string, at: Date, staleBefore: Date, actor: Actor): Promise<void>;
  /**
   * The session's person when it was seen after `staleBefore` and the person is active; marks it seen at `at`.
   * Undefined for an unknown, idle or disabled session.
   */
  touchSession(idHash: string, at: Date, staleBefore: Date): Promise<{ name: string; role: Role } | undefined>;
  /** Ends a session (sign-out, audited); false when there was none. */
  endSession(idHash: string, actor: Actor): Promise<boolean>;

  /** The latest end of a lock on any of the keys that is still in force at `at`, else null. */
  lockedUntil(keys: readonly string[], at: Date): Promise<Date | null>;
  /** Counts one failure against each key; returns when the keys are now locked until, or null. */
  recordSignInFailure(keys: readonly string[], at: Date, policy: LockPolicy): Promise<Date | null>;
  clearSignInFailures(key: string): Promise<void>;
  /** An audit row for something that is not itself a write (a failed sign-in, a lock). */
  recordAudit(actor: Actor, action: string, detail: string): Promise<void>;

  /** Called with the new current id whenever any process publishes or rolls back (LISTEN/NOTIFY). */
  onCurrentChanged(listener: (id: number) => void): Promise<() => Promise<void>>;
  backup(): Promise<StoreBackup>;
  /** Replaces everything with the backup, in one transaction. */
  restore(backup: StoreBackup, actor: Actor): Promise<void>;
  close(): Promise<void>;
}

import type { AuditEntry, DatasetDiff, ImportWarning, Revision, Role } from '@/api/admin-schemas';
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
  revisions: (Revision & { dataset: Dataset })[];
  audit: AuditEntry[];
  tokens: (TokenInfo & { hash: string })[];
}

export type StoreErrorCode =
  'not-found' | 'stale-draft' | 'never-published' | 'already-current' | 'token-exists' | 'bad-backup';

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
  /** Called with the new current id whenever any process publishes or rolls back (LISTEN/NOTIFY). */
  onCurrentChanged(listener: (id: number) => void): Promise<() => Promise<void>>;
  backup(): Promise<StoreBackup>;
  /** Replaces everything with the backup, in one transaction. */
  restore(backup: StoreBackup, actor: Actor): Promise<void>;
  close(): Promise<void>;
}

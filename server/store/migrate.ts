import { readdir, readFile } from 'node:fs/promises';
import type { SqlClient } from './sql-client';

/** Every migration and the seed take this transaction-scoped lock, so replicas starting at once take turns. */
export const SCHEMA_LOCK = 7_245_001;

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export interface Migration {
  version: string;
  sql: string;
}

/** The files of server/store/migrations, in name order (001-…, 002-…): plain SQL, each applied once. */
export async function readMigrations(): Promise<Migration[]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d{3}-[a-z0-9-]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({
      version: name.replace(/\.sql$/, ''),
      sql: await readFile(new URL(name, MIGRATIONS_DIR), 'utf8'),
    })),
  );
}

/**
 * Applies the migrations not yet in schema_migrations, each in its own transaction under the schema lock. The
 * check for what is applied happens after taking the lock, so a replica that waited sees the other's work.
 * Returns the versions this call applied.
 */
export async function migrate(client: SqlClient, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await client.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version text PRIMARY KEY,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const found = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (found.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

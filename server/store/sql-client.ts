import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** What a query runs on: the whole client, or one transaction of it. Parameters are `$1`, `$2`… on both drivers. */
export interface SqlQueryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** One small interface over PGlite and node-postgres, so the store has one SQL dialect and one code path. */
export interface SqlClient extends SqlQueryable {
  /** Several statements at once (migration files); no parameters. */
  exec(sql: string): Promise<void>;
  /** Commits when `fn` resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlClientTransaction) => Promise<T>): Promise<T>;
  /**
   * Calls `onPayload` for each NOTIFY on the channel. `onResubscribed` is called after a dropped listening
   * connection is back: notifications sent meanwhile are lost, so the caller re-reads what it watches.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onResubscribed?: () => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface SqlClientTransaction extends SqlQueryable {
  exec(sql: string): Promise<void>;
}

/** PGlite: a data directory, or memory when there is none. One connection, so its transactions run one at a time. */
export async function openPgliteClient(dataDir?: string): Promise<SqlClient> {
  const unlock = dataDir === undefined ? async () => undefined : await lockDirectory(dataDir);
  let db: PGlite;
  try {
    // relaxedDurability stays false (the default): every query waits for the file system sync before it resolves.
    db = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    async query<T>(sql: string, params?: readonly unknown[]) {
      return (await db.query<T>(sql, params ? [...params] : undefined)).rows;
    },
    async exec(sql) {
      await db.exec(sql);
    },
    transaction(fn) {
      return db.transaction((tx) =>
        fn({
          async query<T>(sql: string, params?: readonly unknown[]) {
            return (await tx.query<T>(sql, params ? [...params] : undefined)).rows;
          },
          async exec(sql) {
            await tx.exec(sql);
          },
        }),
      );
    },
    async listen(channel, onPayload) {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    async close() {
      if (!db.closed) await db.close();
      await unlock();
    },
  };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite does not lock its data directory (a second process opens it happily, and two single-user PostgreSQLs on
 * one directory corrupt it), so the store does: `<dataDir>.lock` holds the owner's pid. A lock whose process is
 * gone (kill -9) is stale and taken over.
 */
async function lockDirectory(dataDir: string): Promise<() => Promise<void>> {
  const path = `${resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(`store: ${dataDir} is in use by process ${owner} (${path}); stop it first`, {
          cause: error,
        });
      }
      await rm(path, { force: true });
    }
  }
  throw new Error(`store: could not lock ${dataDir} (${path})`);
}

const RECONNECT_MS = [100, 250, 500, 1000, 2000, 5000];

/** PostgreSQL at a URL: a pool for queries, and one dedicated connection for LISTEN that reconnects when dropped. */
export async function openPgClient(databaseUrl: string): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  let closing = false;
  // An idle pooled connection that dies (server restart) is dropped by the pool; without a handler it would crash us.
  // After close, pool.end() has resolved before the sockets are gone: what they report then is no news.
  pool.on('error', (error) => {
    if (!closing) console.warn(`store: idle PostgreSQL connection lost: ${error.message}`);
  });
  // Fail at open, not at the first request, when the URL is wrong.
  await pool.query('SELECT 1');
  const listener = new PgListener(databaseUrl);
  return {
    async query<T>(sql: string, params?: readonly unknown[]) {
      return (await pool.query(sql, params ? [...params] : undefined)).rows as T[];
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query<T>(sql: string, params?: readonly unknown[]) {
            return (await client.query(sql, params ? [...params] : undefined)).rows as T[];
          },
          async exec(sql) {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // A connection that cannot even roll back is not given back to the pool for reuse.
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    listen: (channel, onPayload, onResubscribed) => listener.listen(channel, onPayload, onResubscribed),
    async close() {
      closing = true;
      await listener.close();
      await pool.end();
    },
  };
}

interface Subscription {
  channel: string;
  onPayload: (payload: string) => void;
  onResubscribed?: () => void;
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The one LISTEN connection of a PostgreSQL client: opened at the first listen, reopened with backoff when lost. */
class PgListener {
  readonly #url: string;
  readonly #subscriptions = new Set<Subscription>();
  #client: pg.Client | undefined;
  #connecting: Promise<pg.Client> | undefined;
  #closed = false;
  #attempt = 0;

  constructor(url: string) {
    this.#url = url;
  }

  async listen(
    channel: string,
    onPayload: (payload: string) => void,
    onResubscribed?: () => void,
  ): Promise<() => Promise<void>> {
    const subscription: Subscription = { channel, onPayload, onResubscribed };
    const client = await this.#connected();
    if (!this.#hasChannel(channel)) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
    this.#subscriptions.add(subscription);
    return async () => {
      if (!this.#subscriptions.delete(subscription) || this.#hasChannel(channel) || !this.#client) return;
      await this.#client.query(`UNLISTEN ${quoteIdentifier(channel)}`).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#subscriptions.clear();
    const client = this.#client ?? (await this.#connecting?.catch(() => undefined));
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  #hasChannel(channel: string): boolean {
    return [...this.#subscriptions].some((s) => s.channel === channel);
  }

  #connected(): Promise<pg.Client> {
    if (this.#client) return Promise.resolve(this.#client);
    this.#connecting ??= this.#connect().finally(() => (this.#connecting = undefined));
    return this.#connecting;
  }

  async #connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.#url });
    client.on('notification', (message) => {
      for (const s of this.#subscriptions) if (s.channel === message.channel) s.onPayload(message.payload ?? '');
    });
    const lost = () => {
      if (this.#client !== client) return;
      this.#client = undefined;
      client.end().catch(() => undefined);
      this.#reconnectLater();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    if (this.#closed) {
      await client.end();
      throw new Error('store: closed');
    }
    this.#client = client;
    return client;
  }

  #reconnectLater(): void {
    if (this.#closed) return;
    const delay = RECONNECT_MS[Math.min(this.#attempt, RECONNECT_MS.length - 1)];
    this.#attempt += 1;
    setTimeout(() => void this.#resubscribe(), delay).unref();
  }

  async #resubscribe(): Promise<void> {
    if (this.#closed) return;
    try {
      const client = await this.#connected();
      for (const channel of new Set([...this.#subscriptions].map((s) => s.channel))) {
        await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      }
      this.#attempt = 0;
      for (const s of this.#subscriptions) s.onResubscribed?.();
    } catch (error) {
      console.warn(`store: LISTEN connection not back yet: ${error instanceof Error ? error.message : String(error)}`);
      if (this.#client) {
        const client = this.#client;
        this.#client = undefined;
        await client.end().catch(() => undefined);
      }
      this.#reconnectLater();
    }
  }
}

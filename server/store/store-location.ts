import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { StoreLocation } from './store';

export const DEFAULT_DATA_DIR = 'var';

/** DATABASE_URL wins; otherwise the embedded store's files live in DIR/pgdata. */
export function storeLocation(dataDir: string, databaseUrl: string | undefined): StoreLocation {
  if (databaseUrl) return { kind: 'url', databaseUrl };
  return { kind: 'directory', dataDir: path.join(path.resolve(dataDir), 'pgdata') };
}

/** Who holds an embedded store: the server's process, its address, and the key for the owner's commands. */
export interface ServerClaim {
  pid: number;
  url?: string;
  key: string;
}

export interface DataDirClaim {
  announce(url: string): Promise<void>;
  release(): Promise<void>;
}

const claimFile = (dataDir: string) => path.join(path.resolve(dataDir), 'server.json');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running server that holds this directory, if any (a claim left by a killed process does not count). */
export async function readClaim(dataDir: string): Promise<ServerClaim | undefined> {
  let text: string;
  try {
    text = await readFile(claimFile(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const claim = JSON.parse(text) as ServerClaim;
    return typeof claim.pid === 'number' && claim.pid !== process.pid && alive(claim.pid) ? claim : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite is one process's database: two processes on one directory would corrupt it. The server claims the
 * directory with a file only its owner can read (it holds the key that lets `npm run data` act as the owner
 * through the running server); a second server, or a command that would open the files, is told who holds them.
 */
export async function claimDataDir(dataDir: string, claim: Omit<ServerClaim, 'url'>): Promise<DataDirClaim> {
  await mkdir(path.resolve(dataDir), { recursive: true });
  const holder = await readClaim(dataDir);
  if (holder) {
    throw new Error(
      `the store in ${dataDir} is in use by process ${holder.pid}${holder.url ? ` (${holder.url})` : ''}; stop it, or give another --data-dir`,
    );
  }
  const file = claimFile(dataDir);
  await rm(file, { force: true });
  const write = async (value: ServerClaim) => {
    const handle = await open(file, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(value));
    } finally {
      await handle.close();
    }
  };
  await write(claim);
  return {
    announce: (url) => write({ ...claim, url }),
    release: () => rm(file, { force: true }),
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DATA_SERVICE_PG_PORT, DATA_SERVICE_REPLICA_PORTS } from './nginx-ports';

/** Where the tests find the replicas' process ids (globalSetup's environment reaches the workers). */
export const REPLICA_PIDS_ENV = 'DATA_SERVICE_REPLICA_PIDS';
/** The replicas' database, for the tests that add a person with `npm run data`. */
export const REPLICA_DATABASE_ENV = 'DATA_SERVICE_DATABASE_URL';
/** The replicas believe this sign-in header from nginx (a trusted, loopback address); the mapped person. */
export const PROXY_HEADER = 'X-Remote-User';
export const PROXY_PERSON = 'gateway.person';

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

/** The first line the child prints, or its stderr when it exits first. */
function firstLine(child: ChildProcess, what: string): Promise<string> {
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    if (child.stdout) createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}):\n${stderr.join('')}`)));
  });
}

/** Waits for /readyz; the replica's log (JSON lines on stderr) is shown only when it fails to start. */
async function ready(url: string, child: ChildProcess): Promise<void> {
  const log: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  for (let tries = 0; tries < 600; tries += 1) {
    if (child.exitCode !== null) throw new Error(`the replica at ${url} exited (${child.exitCode}):\n${log.join('')}`);
    if ((await fetch(`${url}/readyz`).catch(() => undefined))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the replica at ${url} never became ready:\n${log.join('')}`);
}

/**
 * A throw-away PostgreSQL (scripts/with-postgres.sh, kept open until stdin closes) and the data service's replicas
 * on it, one after the other so that only the first migrates and seeds. Resolves with a function that stops all.
 */
export async function startDataService(root: string): Promise<() => Promise<void>> {
  const env = { ...process.env, TEST_PG_PORT: String(DATA_SERVICE_PG_PORT) };
  const script = 'echo "$TEST_DATABASE_URL"; read -r _ || true';
  const cluster = spawn('bash', ['scripts/with-postgres.sh', 'bash', '-c', script], { cwd: root, env });
  const replicas: ChildProcess[] = [];
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'nginx-data-service-'));
  const stop = async () => {
    for (const replica of replicas)
      if (replica.exitCode === null && replica.signalCode === null) replica.kill('SIGTERM');
    await Promise.all(replicas.map(exited));
    cluster.stdin?.end();
    await exited(cluster);
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const databaseUrl = await firstLine(cluster, 'scripts/with-postgres.sh');
    for (const port of DATA_SERVICE_REPLICA_PORTS) {
      const args = ['scripts/run.mjs', 'server/server-cli.ts', '--port', String(port)];
      args.push('--data-dir', path.join(scratch, 'unused'), '--dist', path.join(scratch, 'no-dist'));
      const replica = spawn(process.execPath, args, {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          AUTH_PROXY_HEADER: PROXY_HEADER,
          AUTH_PROXY_ROLES: `${PROXY_PERSON}=publisher`,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      replicas.push(replica);
      await ready(`http://127.0.0.1:${port}`, replica);
    }
    process.env[REPLICA_DATABASE_ENV] = databaseUrl;
    process.env[REPLICA_PIDS_ENV] = replicas.map((replica) => replica.pid).join(',');
    return stop;
  } catch (error) {
    await stop();
    throw error;
  }
}

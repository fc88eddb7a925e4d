import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The data service as `npm run server` starts it: its own process, an embedded store in a temp directory. */
export interface RunningService {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startService(dataDir?: string): Promise<RunningService> {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'shanxi-service-')));
  const child = spawn(
    process.execPath,
    ['scripts/run.mjs', 'server/server-cli.ts', '--port', '0', '--data-dir', dir, '--dist', 'dist'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    if (!child.stdout) throw new Error('the service has no stdout');
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'listening' && entry.url) resolve(entry.url);
    });
    child.once('exit', (code) =>
      reject(new Error(`the service exited (${code}) before listening: ${errors.join('')}`)),
    );
  });
  return {
    url,
    dataDir: dir,
    process: child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill(signal);
        await exited;
      }
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** `npm run data -- ARGS`; resolves with its exit code and what it printed. `stdin`: text piped in (else none). */
export function runData(args: string[], env: Record<string, string> = {}, stdin?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/run.mjs', 'server/cli/data-cli.ts', ...args], {
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    child.stdin?.end(stdin);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs Debian's Python with openpyxl on a script given on stdin-like argv, as a statistician's script would. */
export function python(script: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn('/usr/bin/python3', ['-c', script, ...args], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`python failed: ${stderr}`))));
  });
}

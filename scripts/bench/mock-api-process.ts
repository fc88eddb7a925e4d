import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface MockApiProcess {
  /** The API base URL the mock printed, e.g. http://127.0.0.1:5002/api. */
  url: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

/**
 * Starts `npm run mock-api` as a deployment's API would run: a separate process answering over HTTP.
 * It gets its own process group, so stopping it ends npm and the node process npm started, and nothing else.
 */
export async function startMockApiProcess(
  root: string,
  options: { port: number; scenario?: string | undefined },
): Promise<MockApiProcess> {
  const args = ['run', 'mock-api', '--', '--host', '127.0.0.1', '--port', String(options.port)];
  if (options.scenario) args.push('--scenario', options.scenario);
  const child = spawn('npm', args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = once(child, 'exit');

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm run mock-api printed no URL within ${STARTUP_TIMEOUT_MS / 1000} s`)),
      STARTUP_TIMEOUT_MS,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /Mock API on (http:\/\/\S+)/.exec(output.join(''));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(([code]) => {
      clearTimeout(timer);
      reject(new Error(`npm run mock-api ended with ${String(code)}: ${output.join('').trim().split('\n').at(-1)}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  // Request log lines are not needed; keep draining so the pipe never fills up.
  child.stdout.resume();
  return { url, stop };
}

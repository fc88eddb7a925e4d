import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface MachineInfo {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
}

export interface SourceInfo {
  commit: string;
  subject: string;
  /** Build inputs with uncommitted changes: the figures describe the working tree, not only the commit. */
  uncommitted: string[];
}

async function distribution(): Promise<string | undefined> {
  try {
    const text = await readFile('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

async function chromiumVersion(chromiumPath: string): Promise<string> {
  try {
    const { stdout } = await run(chromiumPath, ['--version'], { timeout: 15_000 });
    return stdout.trim().split('\n').at(-1) ?? 'unknown';
  } catch (error) {
    return `unknown (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

export async function machineInfo(chromiumPath: string): Promise<MachineInfo> {
  const distro = await distribution();
  return {
    os: `${os.type()} ${os.release()}${distro ? ` (${distro})` : ''}`,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: await chromiumVersion(chromiumPath),
  };
}

const BUILD_INPUTS = ['src', 'mocks', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** The commit (short hash and subject) and, unless `clean`, the build inputs edited since it. */
export async function sourceInfo(root: string, ref = 'HEAD', clean = false): Promise<SourceInfo> {
  try {
    const { stdout: head } = await run('git', ['log', '-1', '--format=%h%n%s', '--abbrev=12', ref], { cwd: root });
    const [commit = '', subject = ''] = head.split('\n');
    if (clean) return { commit, subject, uncommitted: [] };
    const { stdout: status } = await run('git', ['status', '--porcelain', '--', ...BUILD_INPUTS], { cwd: root });
    const uncommitted = status
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    return { commit, subject, uncommitted };
  } catch {
    return { commit: 'unknown (not a git checkout)', subject: '', uncommitted: [] };
  }
}

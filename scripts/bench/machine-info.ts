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

async function cpuTimes(): Promise<{ busy: number; total: number } | undefined> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: idle and iowait are the time nobody wanted the CPU.
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/**
 * Share of all CPUs busy over `ms`, taken just before a measurement starts, so it is other work on the machine
 * (others' test runs compete for the same 2 cores and inflate TBT). Undefined where /proc/stat does not exist.
 */
export async function cpuBusyShare(ms = 1000): Promise<number | undefined> {
  const before = await cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = await cpuTimes();
  if (!before || !after || after.total <= before.total) return undefined;
  return (after.busy - before.busy) / (after.total - before.total);
}

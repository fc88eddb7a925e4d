import { execFile, spawn } from 'node:child_process';
import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Exports one commit into a directory of its own (git archive, so the repository's worktree list and index are
 * untouched), sharing the checkout's node_modules. Others' uncommitted edits then never leak into the figures.
 */
export async function exportCommit(root: string, ref: string, dir: string): Promise<string> {
  const { stdout } = await run('git', ['rev-parse', '--verify', '--short=12', `${ref}^{commit}`], { cwd: root });
  const commit = stdout.trim();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', commit], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const extract = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'inherit', 'inherit'] });
    archive.stdout.pipe(extract.stdin);
    archive.on('error', reject);
    extract.on('error', reject);
    extract.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`extracting ${commit} failed (tar exit ${code})`)),
    );
  });
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // Tailwind's class scanner honours .gitignore only inside a git repository; without one it would read
  // node_modules and emit classes the real build never has.
  await run('git', ['init', '--quiet'], { cwd: dir });
  return commit;
}

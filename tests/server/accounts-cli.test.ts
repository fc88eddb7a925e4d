import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runData, startService, type RunningService } from '../setup/data-service';

/** `npm run data -- user …` as the owner types it, through the running service that holds the embedded store. */
let service: RunningService;
let dataDir: string;

const signIn = (name: string, password: string) =>
  fetch(`${service.url}/api/admin/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: service.url },
    body: JSON.stringify({ name, password }),
  });

beforeAll(async () => {
  service = await startService();
  dataDir = service.dataDir;
}, 120_000);
afterAll(async () => {
  await service.stop();
});

// Each test starts the command line one to four times (a Node process loading the store each time): a cap for a
// loaded 2-core machine, where one start can take over 10 s, not a timing assertion.
describe('npm run data -- user', { timeout: 180_000 }, () => {
  it('adds a person with the password piped on stdin, who can then sign in', async () => {
    const added = await runData(
      ['user', 'add', 'li', '--role', 'editor', '--data-dir', dataDir],
      {},
      'li-editor-password\nignored second line\n',
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toBe('editor li added\n');
    expect((await signIn('li', 'li-editor-password')).status).toBe(200);
  });

  it('generates a password when none is piped, prints it once, and it signs in', async () => {
    const added = await runData(['user', 'add', 'wang', '--role', 'publisher', '--json', '--data-dir', dataDir]);
    expect(added.code, added.stderr).toBe(0);
    const { password, name, role } = JSON.parse(added.stdout) as { password: string; name: string; role: string };
    expect({ name, role }).toEqual({ name: 'wang', role: 'publisher' });
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect((await signIn('wang', password)).status).toBe(200);
  });

  it('refuses a taken name and a short password (exit 1), and misuse (exit 2)', async () => {
    const taken = await runData(
      ['user', 'add', 'li', '--role', 'editor', '--data-dir', dataDir],
      {},
      'another-password-1\n',
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe('data: 409 the name li is taken\n');
    const short = await runData(['user', 'add', 'zhao', '--role', 'editor', '--data-dir', dataDir], {}, 'short\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toBe('data: the password must be at least 12 characters\n');
    const noRole = await runData(['user', 'add', 'zhao', '--data-dir', dataDir], {}, 'long-enough-password\n');
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain('user add needs --role editor|publisher');
    expect((await runData(['user', 'promote', 'li', '--data-dir', dataDir])).code).toBe(2);
  });

  it('disables a person: their session ends, they cannot sign in, a second disable is refused', async () => {
    const cookie = (await signIn('li', 'li-editor-password')).headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const disabled = await runData(['user', 'disable', 'li', '--data-dir', dataDir]);
    expect(disabled.code, disabled.stderr).toBe(0);
    expect(disabled.stdout).toBe('li is disabled; their sessions have ended\n');
    expect((await fetch(`${service.url}/api/admin/session`, { headers: { Cookie: cookie } })).status).toBe(401);
    expect((await signIn('li', 'li-editor-password')).status).toBe(401);
    const again = await runData(['user', 'disable', 'li', '--data-dir', dataDir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('data: no active person named "li"\n');

    const listed = await runData(['user', 'list', '--json', '--data-dir', dataDir]);
    const { items } = JSON.parse(listed.stdout) as { items: { name: string; disabledAt: string | null }[] };
    expect(items.map(({ name, disabledAt }) => ({ name, disabled: disabledAt !== null }))).toEqual([
      { name: 'li', disabled: true },
      { name: 'wang', disabled: false },
    ]);
  });
});

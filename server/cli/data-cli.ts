import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type {
  AuditEntry,
  CellProblem,
  DatasetDiff,
  ImportResult,
  ImportWarning,
  Person,
  Revision,
  Role,
} from '@/api/admin-schemas';
import { generatePassword, hashPassword, passwordProblem } from '../accounts/passwords';
import { PERSON_NAME } from '../accounts/person-name';
import { needsAcknowledgement, roles } from '@/api/admin-schemas';
import type { Dataset } from '../dataset/dataset';
import { openStore } from '../store/open-store';
import { DEFAULT_DATA_DIR, readClaim, storeLocation } from '../store/store-location';
import { StoreError, type Store, type StoreBackup, type TokenInfo } from '../store/store';
import { exportStatic, type PublishedSource } from './export-static';
import { ServiceError, serviceClient, type ServiceClient } from './service-client';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/** Where a new password comes from: the first line of stdin when it is not a terminal. */
export interface CliInput {
  isTTY: boolean;
  /** The first line, or undefined when stdin is empty. */
  firstLine(): Promise<string | undefined>;
}

const processInput: CliInput = {
  get isTTY() {
    return process.stdin.isTTY === true;
  },
  async firstLine() {
    let text = '';
    for await (const chunk of process.stdin) {
      text += String(chunk);
      if (text.includes('\n')) break;
    }
    const [line] = text.split(/\r?\n/);
    return line === undefined || line === '' ? undefined : line;
  },
};

export const dataUsage = `usage: npm run data -- <command> [options]

Through the running service (--server URL or DATA_SERVER, default http://localhost:4180; --token T or DATA_TOKEN):
  import FILE [--publish] [--note TEXT] [--accept-warnings]   check a workbook (.xlsx) or CSV and store it as a draft
  revisions                                                  list the revisions, newest first
  diff A B                                                   what revision B changes against A
  publish N [--note TEXT] [--accept-warnings]                make draft N what the public API serves
  rollback N [--note TEXT]                                   serve an earlier published revision again
  audit                                                      every write: who, when, what, from where

On the store (--data-dir DIR, default ${DEFAULT_DATA_DIR}, or DATABASE_URL; through the service when it holds DIR):
  token create --name N --role editor|publisher              prints the token once; only its hash is kept
  token revoke --name N
  token list
  user add NAME --role editor|publisher                      a person for the editors' page (/data)
  user reset-password NAME                                   a new password; ends the person's sessions
  user disable NAME                                          signs the person out at once; the name stays taken
  user list
  backup FILE                                                the whole store as JSON
  restore FILE                                               replace the whole store with a backup
  export-static DIR                                          the published revision as static files of the contract

  --json   one JSON object on stdout, for scripts
A password for user add / reset-password is the first line of stdin when stdin is not a terminal
(printf '%s\\n' "$PASSWORD" | npm run data -- user add …); otherwise one is generated and printed once.
Passwords are 12 to 1024 characters; only their scrypt hash is kept.
Exit codes: 0 done; 1 the file has errors (each printed with its cell), the service or store refused (a taken
name, a short password, no such person); 2 misuse.`;

class UsageError extends Error {}
/** The store or service said no: exit 1 with the reason. */
class Refused extends Error {}

const options = {
  server: { type: 'string' },
  token: { type: 'string' },
  'data-dir': { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  note: { type: 'string' },
  publish: { type: 'boolean' },
  'accept-warnings': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

function positive(value: string | undefined, what: string): number {
  const number = Number(value);
  if (!value || !/^\d+$/.test(value) || number < 1)
    throw new UsageError(`${what} must be a revision number, got "${value ?? ''}"`);
  return number;
}

export function describeProblem(problem: CellProblem): string {
  return `${problem.sheet}!${problem.cell}  «${problem.text}»  ${problem.reason.zh} / ${problem.reason.en}`;
}
const describeWarning = (warning: ImportWarning) =>
  `${warning.sheet && warning.cell ? `${warning.sheet}!${warning.cell}  ` : ''}[${warning.kind}] ${warning.indicatorId}: ${warning.message.zh} / ${warning.message.en}`;

function describeDiff(diff: DatasetDiff): string[] {
  const value = (o: { value: number } | undefined) => (o ? String(o.value) : '—');
  return [
    ...diff.changed.map((c) => `  ~ ${c.indicatorId} ${c.date}: ${value(c.before)} → ${value(c.after)} ${c.unit}`),
    ...diff.added.map((c) => `  + ${c.indicatorId} ${c.date}: ${value(c.after)} ${c.unit}`),
    ...diff.removed.map((c) => `  - ${c.indicatorId} ${c.date}: ${value(c.before)} ${c.unit}`),
    ...diff.removedIndicators.map((id) => `  - ${id} (whole indicator)`),
  ];
}

const describeRevision = (r: Revision) =>
  `${r.current ? '*' : ' '} ${String(r.id).padStart(4)}  ${r.publishedAt ? 'published' : 'draft    '}  ${r.createdAt}  ${r.createdBy}  ${r.fileName ?? '-'}  ${r.note}`;

/** The store directly, or the owner's way through the server that holds the embedded directory. */
async function withStore<T>(
  values: Values,
  direct: (store: Store) => Promise<T>,
  viaServer: (client: ServiceClient) => Promise<T>,
): Promise<T> {
  const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;
  const location = storeLocation(dataDir, process.env.DATABASE_URL);
  if (location.kind === 'directory') {
    const holder = await readClaim(dataDir);
    if (holder?.url) return viaServer(serviceClient(holder.url, `Local ${holder.key}`));
    if (holder)
      throw new ServiceError(0, 'busy', `the service holding ${dataDir} is still starting; try again`, undefined);
  }
  const store = await openStore(location);
  try {
    return await direct(store);
  } finally {
    await store.close();
  }
}

const localActor = () => ({ name: `cli:${process.env.USER ?? 'unknown'}`, address: 'local' });

/** A password from stdin, or a generated one to print once. */
async function newPassword(input: CliInput): Promise<{ password: string; generated: boolean }> {
  const typed = input.isTTY ? undefined : await input.firstLine();
  if (typed === undefined) return { password: generatePassword(), generated: true };
  const problem = passwordProblem(typed);
  if (problem) throw new Refused(problem);
  return { password: typed, generated: false };
}

export async function runDataCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  out: CliOutput,
  input: CliInput = processInput,
): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }));
  } catch (error) {
    out.error(`data: ${error instanceof Error ? error.message : String(error)}\n\n${dataUsage}`);
    return 2;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? out.log : out.error)(dataUsage);
    return values.help ? 0 : 2;
  }
  const [command = '', ...rest] = positionals;
  const print = (json: unknown, lines: () => string[]) => {
    if (values.json) out.log(JSON.stringify(json));
    else for (const line of lines()) out.log(line);
  };
  const server = () => {
    const url = values.server ?? env.DATA_SERVER ?? 'http://localhost:4180';
    const token = values.token ?? env.DATA_TOKEN;
    if (!token)
      throw new UsageError(
        'this command goes through the service: give --token T or DATA_TOKEN (npm run data -- token create …)',
      );
    return serviceClient(`${url.replace(/\/+$/, '')}/api/admin`, `Bearer ${token}`);
  };

  try {
    switch (command) {
      case 'import': {
        const [file] = rest;
        if (!file) throw new UsageError('import needs a FILE (.xlsx or .csv)');
        const fields: Record<string, string> = {};
        if (values.publish) fields.publish = 'true';
        if (values['accept-warnings']) fields.acceptWarnings = 'true';
        if (values.note) fields.note = values.note;
        const { status, body } = await server().upload<ImportResult>('/imports', file, fields);
        if (status === 422) {
          print(body, () => [
            `${file}: ${body.problems.length} problem(s); nothing was stored or published`,
            ...body.problems.map(describeProblem),
          ]);
          return 1;
        }
        const unpublished = values.publish && !body.published;
        print(body, () => [
          `draft revision ${body.revision ?? '?'} made from ${file}${body.published ? ', and published' : ''}`,
          ...(body.diff && describeDiff(body.diff).length > 0
            ? describeDiff(body.diff)
            : ['  no change against the published revision']),
          ...body.warnings.map(describeWarning),
          ...(unpublished
            ? [
                `not published: ${body.warnings.filter(needsAcknowledgement).length} warning(s) above need --accept-warnings (or: npm run data -- publish ${body.revision ?? 'N'} --accept-warnings)`,
              ]
            : []),
        ]);
        return unpublished ? 1 : 0;
      }
      case 'revisions': {
        const { items } = await server().get<{ items: Revision[] }>('/revisions');
        print({ items }, () => [
          '  rev   status     created                         by  file  note',
          ...items.map(describeRevision),
        ]);
        return 0;
      }
      case 'diff': {
        const from = positive(rest[0], 'A');
        const to = positive(rest[1], 'B');
        const diff = await server().get<DatasetDiff>(`/diff?from=${from}&to=${to}`);
        print(diff, () => {
          const lines = describeDiff(diff);
          return [`revision ${to} against ${from}:`, ...(lines.length > 0 ? lines : ['  no difference'])];
        });
        return 0;
      }
      case 'publish':
      case 'rollback': {
        const id = positive(rest[0], 'N');
        const revision = await server().postJson<Revision>(`/revisions/${id}/${command}`, {
          note: values.note,
          acceptWarnings: values['accept-warnings'] ?? false,
        });
        print(revision, () => [`revision ${revision.id} is now published (${command})`]);
        return 0;
      }
      case 'audit': {
        const { items } = await server().get<{ items: AuditEntry[] }>('/audit');
        print({ items }, () =>
          items.map(
            (e) =>
              `${e.at}  ${e.actor}  ${e.action}${e.revision ? ` #${e.revision}` : ''}  ${e.address ?? '-'}  ${e.detail}`,
          ),
        );
        return 0;
      }
      case 'token': {
        const [action] = rest;
        const name = values.name ?? rest[1];
        if (action === 'create') {
          if (!name) throw new UsageError('token create needs --name N');
          const role = values.role as Role | undefined;
          if (!role || !roles.includes(role)) throw new UsageError(`token create needs --role ${roles.join('|')}`);
          const token = await withStore(
            values,
            (store) => store.createToken(name, role, localActor()),
            async (client) => (await client.postJson<{ token: string }>('/api/admin/tokens', { name, role })).token,
          );
          print({ token }, () => [token, `(${role} token "${name}": shown once; keep it in a secret store)`]);
          return 0;
        }
        if (action === 'revoke') {
          if (!name) throw new UsageError('token revoke needs --name N');
          const revoked = await withStore(
            values,
            (store) => store.revokeToken(name, localActor()),
            async (client) => {
              try {
                return (await client.delete<{ revoked: boolean }>(`/api/admin/tokens/${encodeURIComponent(name)}`))
                  .revoked;
              } catch (error) {
                if (error instanceof ServiceError && error.status === 404) return false;
                throw error;
              }
            },
          );
          print({ revoked }, () => [revoked ? `token "${name}" revoked` : `no active token named "${name}"`]);
          return revoked ? 0 : 1;
        }
        if (action === 'list') {
          const items = await withStore(
            values,
            (store) => store.tokens(),
            async (client) => (await client.get<{ items: TokenInfo[] }>('/api/admin/tokens')).items,
          );
          print({ items }, () =>
            items.map(
              (t) => `${t.name}  ${t.role}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ''}`,
            ),
          );
          return 0;
        }
        throw new UsageError('token needs create, revoke or list');
      }
      case 'user': {
        const [action, name] = rest;
        const describePerson = (p: Person) =>
          `${p.name}  ${p.role}  created ${p.createdAt}${p.disabledAt ? `  disabled ${p.disabledAt}` : ''}`;
        const path = (person: string, what: string) => `/api/admin/people/${encodeURIComponent(person)}/${what}`;
        /** The service's 404 is the store's "no active person": both are a refusal, exit 1. */
        const orMissing = async (call: () => Promise<Person>) => {
          try {
            return await call();
          } catch (error) {
            if (error instanceof ServiceError && error.status === 404) return undefined;
            throw error;
          }
        };
        if (action === 'list') {
          const items = await withStore(
            values,
            (store) => store.people(),
            async (client) => (await client.get<{ items: Person[] }>('/api/admin/people')).items,
          );
          print({ items }, () => (items.length > 0 ? items.map(describePerson) : ['no people yet']));
          return 0;
        }
        if (action !== 'add' && action !== 'disable' && action !== 'reset-password')
          throw new UsageError('user needs add, disable, reset-password or list');
        if (!name || rest.length > 2) throw new UsageError(`user ${action} needs one NAME`);
        if (!PERSON_NAME.test(name))
          throw new UsageError('a NAME is letters, digits and . _ @ - (at most 80 characters)');
        if (action === 'disable') {
          const person = await withStore(
            values,
            (store) => store.disablePerson(name, localActor()),
            (client) => orMissing(() => client.postJson<Person>(path(name, 'disable'), {})),
          );
          if (!person) throw new Refused(`no active person named "${name}"`);
          print(person, () => [`${name} is disabled; their sessions have ended`]);
          return 0;
        }
        const role = values.role as Role | undefined;
        if (action === 'add' && (!role || !roles.includes(role)))
          throw new UsageError(`user add needs --role ${roles.join('|')}`);
        const { password, generated } = await newPassword(input);
        const person =
          action === 'add'
            ? await withStore(
                values,
                async (store) => store.addPerson(name, role ?? 'editor', await hashPassword(password), localActor()),
                (client) => client.postJson<Person>('/api/admin/people', { name, role, password }),
              )
            : await withStore(
                values,
                async (store) => store.setPassword(name, await hashPassword(password), localActor()),
                (client) => orMissing(() => client.postJson<Person>(path(name, 'password'), { password })),
              );
        if (!person) throw new Refused(`no active person named "${name}"`);
        print({ ...person, ...(generated ? { password } : {}) }, () => [
          action === 'add'
            ? `${person.role} ${person.name} added`
            : `${person.name}'s password is reset; their sessions have ended`,
          ...(generated ? [password, '(the password: shown once; hand it over in person or by a secret channel)'] : []),
        ]);
        return 0;
      }
      case 'backup': {
        const [file] = rest;
        if (!file) throw new UsageError('backup needs a FILE');
        const backup = await withStore(
          values,
          (store) => store.backup(),
          (client) => client.get<StoreBackup>('/api/admin/backup'),
        );
        await writeFile(file, `${JSON.stringify(backup)}\n`, { mode: 0o600 });
        print({ file, revisions: backup.revisions.length, current: backup.currentRevision }, () => [
          `wrote ${file}: ${backup.revisions.length} revision(s), current ${backup.currentRevision}`,
        ]);
        return 0;
      }
      case 'restore': {
        const [file] = rest;
        if (!file) throw new UsageError('restore needs a FILE');
        const backup = JSON.parse(await readFile(file, 'utf8')) as StoreBackup;
        await withStore(
          values,
          (store) => store.restore(backup, localActor()),
          async (client) => {
            await client.postJson('/api/admin/restore', backup);
          },
        );
        print({ restored: true, current: backup.currentRevision }, () => [
          `restored ${file}; revision ${backup.currentRevision} is published`,
        ]);
        return 0;
      }
      case 'export-static': {
        const [dir] = rest;
        if (!dir) throw new UsageError('export-static needs a DIR');
        const source: PublishedSource = await withStore(
          values,
          async (store) => store.current(),
          async (client) => {
            const [ready, report, indicators, highlights] = await Promise.all([
              client.get<{ revision: number }>('/readyz'),
              client.get<Dataset['report']>('/api/report'),
              client.get<{ items: Dataset['indicators'] }>('/api/indicators'),
              client.get<{ items: Dataset['highlights'] }>('/api/highlights'),
            ]);
            return {
              id: ready.revision,
              dataset: { report, indicators: indicators.items, highlights: highlights.items },
            };
          },
        );
        const files = await exportStatic(source, dir);
        print({ dir, files: files.length }, () => [`wrote ${files.length} files of revision ${source.id} to ${dir}`]);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`data: ${error.message}\n\n${dataUsage}`);
      return 2;
    }
    if (error instanceof Refused || (error instanceof StoreError && error.code === 'person-exists')) {
      if (values.json) out.log(JSON.stringify({ error: { code: 'refused', message: error.message } }));
      out.error(`data: ${error.message}`);
      return 1;
    }
    if (error instanceof ServiceError) {
      if (values.json) out.log(JSON.stringify(error.body ?? { error: { code: error.code, message: error.message } }));
      out.error(`data: ${error.status ? `${error.status} ` : ''}${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** `npm run data -- …` (through scripts/run.mjs). */
export const main = ({ argv }: { argv: string[] }) => runDataCli(argv, process.env, console);

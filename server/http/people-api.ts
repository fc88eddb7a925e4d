import { Hono, type Context } from 'hono';
import { z } from '@/config/zod';
import { Person, Role } from '@/api/admin-schemas';
import type { ApiError } from '@/api/schemas';
import { hashPassword, passwordProblem } from '../accounts/passwords';
import { PERSON_NAME } from '../accounts/person-name';
import type { Store } from '../store/store';
import type { AdminEnv } from './admin-auth';

const NewPerson = z.object({ name: z.string().trim().regex(PERSON_NAME), role: Role, password: z.string() });
const NewPassword = z.object({ password: z.string() });

function fail(c: Context, status: 400 | 404, code: string, message: string) {
  return c.json<ApiError>({ error: { code, message } }, status);
}

/**
 * `/people`, the owner's (what `npm run data -- user …` does through a running service). The password arrives
 * in the body and only its scrypt hash is kept; disabling a person or resetting their password ends their
 * sessions at once. A taken name is the store's 409 person-exists.
 */
export function peopleApi(store: Store) {
  const app = new Hono<AdminEnv>();

  app.get('/', async (c) => c.json({ items: z.array(Person).parse(await store.people()) }));

  app.post('/', async (c) => {
    const parsed = NewPerson.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return fail(
        c,
        400,
        'bad-request',
        'The body must be {"name": letters, digits, . _ @ - (at most 80), "role": "editor" | "publisher", "password": string}',
      );
    const problem = passwordProblem(parsed.data.password);
    if (problem) return fail(c, 400, 'weak-password', problem);
    const person = await store.addPerson(
      parsed.data.name,
      parsed.data.role,
      await hashPassword(parsed.data.password),
      c.get('actor'),
    );
    return c.json(Person.parse(person), 201);
  });

  app.post('/:name/disable', async (c) => {
    const person = await store.disablePerson(c.req.param('name'), c.get('actor'));
    return person ? c.json(Person.parse(person)) : fail(c, 404, 'not-found', 'No active person by that name');
  });

  app.post('/:name/password', async (c) => {
    const parsed = NewPassword.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return fail(c, 400, 'bad-request', 'The body must be {"password": string}');
    const problem = passwordProblem(parsed.data.password);
    if (problem) return fail(c, 400, 'weak-password', problem);
    const person = await store.setPassword(
      c.req.param('name'),
      await hashPassword(parsed.data.password),
      c.get('actor'),
    );
    return person ? c.json(Person.parse(person)) : fail(c, 404, 'not-found', 'No active person by that name');
  });

  return app;
}

import { Hono, type Context } from 'hono';
import { Session, SignInRequest } from '@/api/admin-schemas';
import type { ApiError } from '@/api/schemas';
import { unusableHash, verifyPassword } from '../accounts/passwords';
import { clientAddress, requestIsHttps, siteOrigin } from './admin-auth';
import type { Authenticator } from './identify';
import { clearSessionCookies, hashSessionId, newSessionId, sessionIdOf, setSessionCookies } from './session-cookies';

/** Five wrong passwords lock the name and the address for 15 minutes, on every replica (the count is in the store). */
export const SIGN_IN_POLICY = { maxFailures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };

const BAD_CREDENTIALS = 'The name or the password is wrong';
const LOCKED = 'Too many failed sign-ins; try again in 15 minutes';

/** What the audit keeps of a name typed at a failed sign-in: enough to recognise it, not a place to store text. */
const typed = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

function fail(c: Context, status: 400 | 401 | 403 | 429, code: string, message: string) {
  return c.json<ApiError>({ error: { code, message } }, status);
}

/**
 * `/session`: POST signs in with a name and password (a session cookie), GET says who is signed in, DELETE signs
 * out. Sign-in failures count against the name typed and the address alike, so the answer never says whether the
 * name exists: the same 401 and the same scrypt work (a hash of nothing is checked for an unknown name).
 */
export function sessionApi(auth: Authenticator) {
  const { store, trustedProxies, clock, idleMs } = auth.config;
  const app = new Hono();
  const idleMinutes = Math.round(idleMs / 60_000);
  const dummyHash = unusableHash();

  app.post('/', async (c) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== siteOrigin(c, trustedProxies))
      return fail(c, 403, 'cross-origin', 'Sign-in from another site is refused');
    const parsed = SignInRequest.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return fail(c, 400, 'bad-request', 'The body must be {"name": string, "password": string}');
    const { name, password } = parsed.data;
    const address = clientAddress(c, trustedProxies);
    const keys = [`name:${name}`, `address:${address ?? 'unknown'}`];
    const actor = { name, address };
    const locked = (until: Date) => {
      c.header('Retry-After', String(Math.max(1, Math.ceil((until.getTime() - clock()) / 1000))));
      return fail(c, 429, 'locked', LOCKED);
    };

    const lockedUntil = await store.lockedUntil(keys, new Date(clock()));
    if (lockedUntil) return locked(lockedUntil);

    const person = await store.credentials(name);
    const matches = await verifyPassword(password, person?.passwordHash ?? dummyHash);
    if (!person || person.disabled || !matches) {
      const anonymous = { name: '-', address };
      await store.recordAudit(anonymous, 'sign-in-failure', typed(name));
      const until = await store.recordSignInFailure(keys, new Date(clock()), SIGN_IN_POLICY);
      if (until) {
        await store.recordAudit(anonymous, 'sign-in-lock', `${typed(name)}; address ${address ?? 'unknown'}`);
        return locked(until);
      }
      return fail(c, 401, 'bad-credentials', BAD_CREDENTIALS);
    }

    await store.clearSignInFailures(keys[0] ?? '');
    const id = newSessionId();
    const now = clock();
    await store.createSession(hashSessionId(id), person.name, new Date(now), new Date(now - idleMs), actor);
    setSessionCookies(c, id, requestIsHttps(c, trustedProxies));
    return c.json(Session.parse({ name: person.name, role: person.role, via: 'password', idleMinutes }));
  });

  app.get('/', async (c) => {
    const identified = await auth.identify(c);
    if ('refusal' in identified) {
      const { status, code, message } = identified.refusal;
      return fail(c, status, code, message);
    }
    const { name, role, via } = identified.principal;
    // The owner's key acts above any role; to the editors' page it is a publisher.
    return c.json(Session.parse({ name, role: role === 'owner' ? 'publisher' : role, via, idleMinutes }));
  });

  app.delete('/', async (c) => {
    const id = sessionIdOf(c);
    if (id !== undefined) {
      // Signing out is a write by cookie: only this site's pages may do it.
      if (c.req.header('origin') !== siteOrigin(c, trustedProxies))
        return fail(c, 403, 'cross-origin', 'Writes from another site are refused');
      const hash = hashSessionId(id);
      const now = clock();
      const person = await store.touchSession(hash, new Date(now), new Date(now - idleMs));
      await store.endSession(hash, { name: person?.name ?? '-', address: clientAddress(c, trustedProxies) });
    }
    clearSessionCookies(c, requestIsHttps(c, trustedProxies));
    return c.body(null, 204);
  });

  return app;
}

import { Role } from '@/api/admin-schemas';
import { DEFAULT_TRUSTED_PROXIES } from './admin-auth';

/** A gateway that signs people in (SSO) and names them in a header: which header, and each name's role. */
export interface AuthProxy {
  /** Lower-case, as Hono looks headers up. */
  header: string;
  roles: ReadonlyMap<string, Role>;
}

/** `zhang=publisher,li=editor` → a map; throws on an entry that is not NAME=editor|publisher. */
export function parseProxyRoles(text: string): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (!entry) continue;
    const [name = '', role = ''] = entry.split('=').map((part) => part.trim());
    const parsed = Role.safeParse(role);
    if (!name || !parsed.success) throw new Error(`AUTH_PROXY_ROLES: "${entry}" is not NAME=editor|publisher`);
    roles.set(name, parsed.data);
  }
  return roles;
}

/** TRUSTED_PROXIES is a comma-separated list of addresses; unset or empty: loopback only. */
export function parseTrustedProxies(text: string | undefined): readonly string[] {
  const addresses = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return addresses.length > 0 ? addresses : DEFAULT_TRUSTED_PROXIES;
}

/** AUTH_PROXY_HEADER (e.g. X-Remote-User) and AUTH_PROXY_ROLES; no header named: no proxy sign-in. */
export function authProxyFromEnv(env: Readonly<Record<string, string | undefined>>): AuthProxy | undefined {
  const header = env.AUTH_PROXY_HEADER?.trim();
  if (!header) return undefined;
  if (!/^[A-Za-z0-9-]+$/.test(header)) throw new Error(`AUTH_PROXY_HEADER: "${header}" is not a header name`);
  return { header: header.toLowerCase(), roles: parseProxyRoles(env.AUTH_PROXY_ROLES ?? '') };
}

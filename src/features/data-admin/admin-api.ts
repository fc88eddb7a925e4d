import { DatasetDiff, ImportResult, Revision, Session, type SignInRequest } from '@/api/admin-schemas';
import { ADMIN_PATH } from '@/api/admin-names';
import { z } from '@/config/zod';

/** A revision as the list answers it; `fileStored` may say the uploaded file is no longer kept. */
export const AdminRevision = Revision.extend({ fileStored: z.boolean().optional() });
export type AdminRevision = z.infer<typeof AdminRevision>;
const AdminRevisionList = z.object({ items: z.array(AdminRevision) });

/** The service's errors: `{error: {code, message}}`, or `{code, message}` as some 409s are written. */
const ErrorBody = z.union([
  z.object({ error: z.object({ code: z.string(), message: z.string().optional() }) }),
  z.object({ code: z.string(), message: z.string().optional() }),
]);

export type AdminErrorKind = 'network' | 'http' | 'schema';

/** A failed admin call: the network, an HTTP status with the service's code, or an answer of the wrong shape. */
export class AdminError extends Error {
  override readonly name = 'AdminError';
  readonly kind: AdminErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;

  constructor(init: { kind: AdminErrorKind; message: string; status?: number; code?: string }) {
    super(init.message);
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
  }
}

export const isAdminError = (error: unknown): error is AdminError => error instanceof AdminError;

/** What an upload made: a draft (201) or the file's problems (422: nothing stored). */
export type UploadOutcome = { kind: 'draft'; result: ImportResult } | { kind: 'problems'; result: ImportResult };

export interface UploadRequest {
  file: File;
  note: string;
}

export interface AdminApi {
  /** Who is signed in, or null. */
  session(signal?: AbortSignal): Promise<Session | null>;
  signIn(request: SignInRequest): Promise<Session>;
  signOut(): Promise<void>;
  upload(request: UploadRequest): Promise<UploadOutcome>;
  revisions(signal?: AbortSignal): Promise<AdminRevision[]>;
  diff(from: number, to: number, signal?: AbortSignal): Promise<DatasetDiff>;
  publish(id: number, body: { note?: string; acceptWarnings?: boolean }): Promise<Revision>;
  rollback(id: number, body: { note?: string }): Promise<Revision>;
  /** The uploaded file of a revision, as a link (an attachment the browser downloads). */
  fileHref(id: number): string;
}

/** `${apiBaseUrl}/admin`: the admin API sits below the public one, on the page's own origin in live mode. */
export const adminBaseUrl = (apiBaseUrl: string) => `${apiBaseUrl.replace(/\/+$/, '')}/${ADMIN_PATH}`;

/**
 * The one fetch wrapper of the data page: the session cookie (same origin only), never the browser's cache, JSON
 * bodies, the service's error codes, and every answer parsed by the admin schemas.
 */
export function createAdminApi(apiBaseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): AdminApi {
  const base = adminBaseUrl(apiBaseUrl);

  async function send(
    path: string,
    { method = 'GET', json, body, signal }: { method?: string; json?: unknown; body?: BodyInit; signal?: AbortSignal },
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await fetchImpl(`${base}${path}`, {
        method,
        headers,
        body: json === undefined ? body : JSON.stringify(json),
        credentials: 'same-origin',
        cache: 'no-store',
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new AdminError({ kind: 'network', message: 'The data service could not be reached' });
    }
  }

  async function failure(response: Response): Promise<AdminError> {
    const parsed = ErrorBody.safeParse(await response.json().catch(() => undefined));
    const detail = parsed.success ? ('error' in parsed.data ? parsed.data.error : parsed.data) : undefined;
    return new AdminError({
      kind: 'http',
      status: response.status,
      code: detail?.code,
      message: detail?.message ?? `HTTP ${response.status}`,
    });
  }

  async function parse<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) {
      throw new AdminError({
        kind: 'schema',
        status: response.status,
        message: 'The answer does not match the contract',
      });
    }
    return parsed.data;
  }

  async function expect<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
    if (!response.ok) throw await failure(response);
    return parse(response, schema);
  }

  return {
    async session(signal) {
      const response = await send('/session', { signal });
      if (response.status === 401) return null;
      return expect(response, Session);
    },
    async signIn(request) {
      return expect(await send('/session', { method: 'POST', json: request }), Session);
    },
    async signOut() {
      const response = await send('/session', { method: 'DELETE' });
      if (!response.ok && response.status !== 401) throw await failure(response);
    },
    async upload({ file, note }) {
      const form = new FormData();
      form.append('file', file, file.name);
      form.append('note', note);
      const response = await send('/imports', { method: 'POST', body: form });
      if (response.status === 422) return { kind: 'problems', result: await parse(response, ImportResult) };
      return { kind: 'draft', result: await expect(response, ImportResult) };
    },
    async revisions(signal) {
      return (await expect(await send('/revisions', { signal }), AdminRevisionList)).items;
    },
    async diff(from, to, signal) {
      return expect(await send(`/diff?from=${from}&to=${to}`, { signal }), DatasetDiff);
    },
    async publish(id, body) {
      return expect(await send(`/revisions/${id}/publish`, { method: 'POST', json: body }), Revision);
    },
    async rollback(id, body) {
      return expect(await send(`/revisions/${id}/rollback`, { method: 'POST', json: body }), Revision);
    },
    fileHref: (id) => `${base}/revisions/${id}/file`,
  };
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A refusal or failure from the data service, with its HTTP status and the body it sent. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

export interface ServiceClient {
  get<T>(path: string): Promise<T>;
  postJson<T>(path: string, body: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
  /** Sends a file as multipart/form-data; answers with the body whatever the status (an import's 422 is data). */
  upload<T>(path: string, file: string, fields: Record<string, string>): Promise<{ status: number; body: T }>;
}

/** `authorization` is `Bearer <token>` for people's scripts, `Local <key>` for the owner's commands. */
export function serviceClient(baseUrl: string, authorization: string | undefined): ServiceClient {
  const root = baseUrl.replace(/\/+$/, '');
  const headers = (): Record<string, string> => (authorization ? { Authorization: authorization } : {});

  async function request(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, { ...init, signal: AbortSignal.timeout(120_000) });
    } catch (cause) {
      throw new ServiceError(
        0,
        'unreachable',
        `cannot reach the data service at ${root} (${cause instanceof Error ? cause.message : String(cause)}); is it running? (npm run live)`,
        undefined,
      );
    }
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a proxy's error page): kept as text for the message.
    }
    return { status: response.status, body };
  }

  function checked<T>({ status, body }: { status: number; body: unknown }): T {
    if (status >= 200 && status < 300) return body as T;
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ServiceError(status, error?.code ?? `http-${status}`, error?.message ?? `HTTP ${status}`, body);
  }

  return {
    get: async (path) => checked(await request(path, { headers: headers() })),
    postJson: async (path, body) =>
      checked(
        await request(path, {
          method: 'POST',
          headers: { ...headers(), 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    delete: async (path) => checked(await request(path, { method: 'DELETE', headers: headers() })),
    upload: async <T>(target: string, file: string, fields: Record<string, string>) => {
      const form = new FormData();
      form.set('file', new Blob([await readFile(file)]), path.basename(file));
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      const answer = await request(target, { method: 'POST', headers: headers(), body: form });
      if (answer.status === 422) return answer as { status: number; body: T };
      return { status: answer.status, body: checked<T>(answer) };
    },
  };
}

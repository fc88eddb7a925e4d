import type { z } from 'zod';
import { ApiRequestError, type SchemaIssue } from './api-error';
import { loadContract } from './load-contract';
import { abortWithTimeout, type TimedSignal } from './abort-with-timeout';
import { PREVIEW_PARAM } from './admin-names';

export interface ApiClientOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Resolves when requests may be sent (e.g. once the mock worker is active). */
  ready?: Promise<unknown>;
  fetchImpl?: typeof fetch;
  /**
   * Preview of draft N (the page opened with `?revision=N`): every request asks for that revision, sends the session
   * cookie (the service answers drafts to signed-in people only) and bypasses the browser's cache.
   */
  previewRevision?: number;
}

export interface ListResult<T> {
  items: T[];
  /** Items that failed their schema: shown as unavailable, never guessed. */
  rejected: { index: number; id: string | undefined; issues: SchemaIssue[] }[];
}

export interface ApiClient {
  /** The API's base URL as configured (the admin API is below it). */
  readonly baseUrl: string;
  get<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>>;
  getList<S extends z.ZodType>(path: string, itemSchema: S, signal?: AbortSignal): Promise<ListResult<z.infer<S>>>;
}

export function toSchemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** `url` asking for one revision: `?revision=N`, or `&revision=N` after a query it already has (`?area=`). */
export function withRevision(url: string, revision: number): string {
  return `${url}${url.includes('?') ? '&' : '?'}${PREVIEW_PARAM}=${revision}`;
}

function idOf(item: unknown): string | undefined {
  if (typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string') {
    return item.id.slice(0, 80);
  }
  return undefined;
}

/** The one fetch wrapper: base URL, timeout, typed errors, and every body parsed by its schema. */
/** How long one slice of checking a list's items may hold the main thread. */
const PARSE_SLICE_MS = 4;

/** Lets the browser run what is waiting (a paint, input) between two slices of checking. */
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

export function createApiClient({
  baseUrl,
  timeoutMs,
  ready,
  fetchImpl,
  previewRevision,
}: ApiClientOptions): ApiClient {
  async function requestJson(path: string, signal?: AbortSignal): Promise<{ url: string; body: unknown }> {
    await ready;
    const url =
      previewRevision === undefined ? joinUrl(baseUrl, path) : withRevision(joinUrl(baseUrl, path), previewRevision);
    const timed = abortWithTimeout(timeoutMs, signal);
    try {
      return await send(url, timed, signal);
    } finally {
      timed.dispose();
    }
  }

  async function send(url: string, timed: TimedSignal, signal?: AbortSignal): Promise<{ url: string; body: unknown }> {
    let response: Response;
    try {
      response = await (fetchImpl ?? fetch)(url, {
        signal: timed.signal,
        headers: { Accept: 'application/json' },
        // Public statistics need no cookies (the contract has no security). In the demo this also spares the mock
        // worker reading document.cookie, a synchronous main-thread call, for every answer.
        // A preview sends the session cookie: only signed-in people may see a draft.
        credentials: previewRevision === undefined ? 'omit' : 'same-origin',
        // Revalidate every time (If-None-Match, a 304 when nothing changed): a browser would otherwise answer a refresh
        // from its cache for the API's max-age, or stale-while-revalidate, and a wall would show a publish one refresh late.
        // A draft's answer is never stored (the service says no-store too).
        cache: previewRevision === undefined ? 'no-cache' : 'no-store',
      });
    } catch (cause) {
      if (timed.timedOut()) {
        throw new ApiRequestError({ kind: 'timeout', url, message: `No answer within ${timeoutMs / 1000} s` });
      }
      if (signal?.aborted) throw cause;
      throw new ApiRequestError({ kind: 'network', url, message: 'The API could not be reached' });
    }
    if (!response.ok) {
      throw new ApiRequestError({ kind: 'http', url, status: response.status, message: `HTTP ${response.status}` });
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw new ApiRequestError({
        kind: timed.timedOut() ? 'timeout' : 'network',
        url,
        message: 'The response was cut off',
      });
    }
    try {
      return { url, body: JSON.parse(text) };
    } catch {
      const contentType = response.headers.get('content-type') ?? 'no content type';
      throw new ApiRequestError({
        kind: 'not-json',
        url,
        status: response.status,
        message: `Not JSON (${contentType})`,
      });
    }
  }

  return {
    baseUrl,
    async get(path, schema, signal) {
      const { url, body } = await requestJson(path, signal);
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        throw new ApiRequestError({
          kind: 'schema',
          url,
          message: 'The response does not match the contract',
          issues: toSchemaIssues(parsed.error),
        });
      }
      return parsed.data;
    },
    async getList(path, itemSchema, signal) {
      const { url, body } = await requestJson(path, signal);
      // Loaded with the rest of the contract on first use, keeping zod out of the first paint.
      const { ItemsEnvelope } = await loadContract();
      const envelope = ItemsEnvelope.safeParse(body);
      if (!envelope.success) {
        throw new ApiRequestError({
          kind: 'schema',
          url,
          message: 'The response does not match the contract',
          issues: toSchemaIssues(envelope.error),
        });
      }
      const result: ListResult<z.infer<typeof itemSchema>> = { items: [], rejected: [] };
      let sliceStart = performance.now();
      for (const [index, item] of envelope.data.items.entries()) {
        // A long series list is checked in slices, letting the browser paint and answer input in between.
        if (performance.now() - sliceStart > PARSE_SLICE_MS) {
          await yieldToBrowser();
          sliceStart = performance.now();
        }
        const parsed = itemSchema.safeParse(item);
        if (parsed.success) result.items.push(parsed.data);
        else result.rejected.push({ index, id: idOf(item), issues: toSchemaIssues(parsed.error) });
      }
      return result;
    },
  };
}

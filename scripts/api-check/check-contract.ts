import { z } from 'zod';
import { toSchemaIssues } from '../../src/api/client';
import { endpoints, highlightsPath, indicatorPath, indicatorsPath } from '../../src/api/endpoints';
import * as api from '../../src/api/schemas';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** A body larger than this (after decompression) is not read: no endpoint of the contract comes near it. */
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Kebab-case like a real id, so a 404 means "unknown", not "malformed". */
export const UNKNOWN_INDICATOR_ID = 'api-check-no-such-indicator';
const MAX_ISSUES_PER_LINE = 10;

/** Warnings: what the dashboard copes with but the API should fix (an unsorted series, a date in the future). */
export type CheckResult = { request: string; failures: string[]; warnings?: string[] };

interface Expectation<S extends z.ZodType> {
  path: string;
  status: 200 | 404;
  schema: S;
  /** Contract rules a schema cannot state, checked on a body that matched the schema. */
  semantics?: ((body: z.infer<S>) => string[]) | undefined;
  /** Looks at the body as sent (the schema sorts series, so order is only visible here). */
  warnings?: (body: unknown) => string[];
}

/** With the parsed JSON, even when it broke the schema, so a later check can borrow an id from it. */
type Outcome = CheckResult & { body?: unknown };

// C0, DEL, C1 and bidi overrides: what the API sent must not move the cursor, recolour or reorder the terminal line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export const stripControlCharacters = (text: string) => text.replace(CONTROL_CHARACTERS, '');

export function formatResult({ request, failures, warnings = [] }: CheckResult): string {
  const [verdict, issues] = failures.length > 0 ? ['FAIL', failures] : ['WARN', warnings];
  if (issues.length === 0) return stripControlCharacters(`PASS  ${request}`);
  const more = issues.length > MAX_ISSUES_PER_LINE ? `; … and ${issues.length - MAX_ISSUES_PER_LINE} more` : '';
  return stripControlCharacters(`${verdict}  ${request}: ${issues.slice(0, MAX_ISSUES_PER_LINE).join('; ')}${more}`);
}

const Dated = z.object({ date: z.string() });

/** Series problems in one indicator as sent, before the app's schema sorts it: out of date order, or a future date. */
function seriesWarningsOf(indicator: unknown, prefix: string, today: string): string[] {
  const sent = z.object({ observations: z.array(z.unknown()) }).safeParse(indicator);
  const dates = (sent.data?.observations ?? []).flatMap((item) => Dated.safeParse(item).data?.date ?? []);
  const at = dates.findIndex((date, index) => index > 0 && date < (dates[index - 1] ?? ''));
  const latest = [...dates].sort().at(-1) ?? '';
  const unsorted = `${prefix}observations.${at}.date: ${dates[at]} comes after ${dates[at - 1]}; series should be sorted oldest first (the dashboard sorts them)`;
  const future = `${prefix}observations: the latest date ${latest} is in the future (today is ${today})`;
  return [...(at > 0 ? [unsorted] : []), ...(latest > today ? [future] : [])];
}

const itemsOf = (body: unknown) => api.ItemsEnvelope.safeParse(body).data?.items ?? [];

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
  UND_ERR_SOCKET: 'connection closed by the server',
};

const Coded = z.object({ code: z.string() });
// Node tries each address of a name (IPv6, IPv4) and reports them together.
const errorCode = (error: unknown): string | undefined =>
  Coded.safeParse(error).data?.code ?? (error instanceof AggregateError ? errorCode(error.errors[0]) : undefined);

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = errorCode(cause);
  if (code && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
  return `network error: ${code ? `${code} ` : ''}${cause instanceof Error ? cause.message : String(cause)}`;
}

class TooLargeError extends Error {}

/** Reads the (already decompressed) body, giving up as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  for (let total = 0, read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    total += read.value.byteLength;
    if (total > maxBytes) {
      void reader?.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    chunks.push(read.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function check<S extends z.ZodType>(
  base: string,
  { timeoutMs, maxResponseBytes }: { timeoutMs: number; maxResponseBytes: number },
  { path, status, schema, semantics, warnings }: Expectation<S>,
): Promise<Outcome> {
  const request = `GET ${path}`;
  const fail = (failure: string): Outcome => ({ request, failures: [failure] });
  const signal = AbortSignal.timeout(timeoutMs);
  let text: string;
  try {
    // A redirect is reported, not followed: the app's fetch would follow it to wherever it points.
    const headers = { Accept: 'application/json' };
    const response = await fetch(`${base}${path}`, { signal, headers, redirect: 'manual' });
    const location = response.headers.get('location');
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
    const problem =
      response.status >= 300 && response.status < 400
        ? `redirect HTTP ${response.status}${location ? ` to ${location}` : ''}, not followed`
        : response.status !== status
          ? `HTTP ${response.status}${status === 200 ? '' : `, expected ${status}`}`
          : type !== 'application/json'
            ? `${type ? `content-type ${type}` : 'no content-type'}, expected application/json`
            : undefined;
    // Not awaited: the verdict is known already, and awaiting a cancel can stall (seen through MSW's fetch interceptor).
    if (problem) {
      void response.body?.cancel().catch(() => undefined);
      return fail(problem);
    }
    text = await readCapped(response, maxResponseBytes);
  } catch (error) {
    const megabytes = Number((maxResponseBytes / 1024 / 1024).toFixed(2));
    if (error instanceof TooLargeError) return fail(`response larger than ${megabytes} MB, not read to the end`);
    return fail(signal.aborted ? `timeout after ${timeoutMs / 1000} s` : describeNetworkError(error));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return fail(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(body);
  const failures = parsed.success
    ? (semantics?.(parsed.data) ?? [])
    : toSchemaIssues(parsed.error).map((issue) => `${issue.path}: ${issue.message}`);
  const found = warnings?.(body) ?? [];
  return { request, failures, ...(found.length > 0 ? { warnings: found } : {}), body };
}

const itemsOfArea =
  (area: api.AreaId) =>
  ({ items }: { items: { area: api.AreaId }[] }) =>
    items.flatMap((item, index) =>
      item.area === area ? [] : [`items.${index}.area: expected ${area}, received ${item.area}`],
    );

/** Requests every endpoint of the contract from a live API; one result per request, in contract order. */
export async function checkContract({
  baseUrl,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  onResult,
  today = new Date().toISOString().slice(0, 10),
}: {
  baseUrl: string;
  timeoutMs?: number;
  maxResponseBytes?: number;
  onResult?: (result: CheckResult) => void;
  /** YYYY-MM-DD (UTC) for the future-date warning. */
  today?: string;
}): Promise<CheckResult[]> {
  const run = <S extends z.ZodType>(expectation: Expectation<S>) =>
    check(baseUrl.replace(/\/+$/, ''), { timeoutMs, maxResponseBytes }, expectation);
  const seriesWarnings = (body: unknown) =>
    itemsOf(body).flatMap((item, index) => seriesWarningsOf(item, `items.${index}.`, today));
  const indicators = (path: string, semantics?: (body: z.infer<typeof api.IndicatorList>) => string[]) =>
    run({ path, status: 200, schema: api.IndicatorList, semantics, warnings: seriesWarnings });
  const allIndicators = indicators(endpoints.indicators);
  const byId = allIndicators.then(({ body }): Promise<Outcome> | Outcome => {
    // The first item that is a valid indicator, so a broken item elsewhere does not block the check.
    const id = itemsOf(body).flatMap((item) => api.Indicator.safeParse(item).data?.id ?? [])[0];
    if (id === undefined)
      return {
        request: `GET ${endpoints.indicator}`,
        failures: [`not run: GET ${endpoints.indicators} gave no indicator id`],
      };
    return run({
      path: indicatorPath(id),
      status: 200,
      schema: api.Indicator,
      semantics: (indicator) => (indicator.id === id ? [] : [`id: expected ${id}, received ${indicator.id}`]),
      warnings: (body) => seriesWarningsOf(body, '', today),
    });
  });
  const outcomes = [
    run({ path: endpoints.report, status: 200, schema: api.Report }),
    allIndicators,
    ...api.areaIds.map((area) => indicators(indicatorsPath(area), itemsOfArea(area))),
    byId,
    run({ path: indicatorPath(UNKNOWN_INDICATOR_ID), status: 404, schema: api.ApiError }),
    run({ path: endpoints.highlights, status: 200, schema: api.HighlightList }),
    ...api.areaIds.map((area) =>
      run({ path: highlightsPath(area), status: 200, schema: api.HighlightList, semantics: itemsOfArea(area) }),
    ),
  ];
  const results: CheckResult[] = [];
  for (const outcome of outcomes) {
    const { body: _body, ...result } = await outcome;
    onResult?.(result);
    results.push(result);
  }
  return results;
}

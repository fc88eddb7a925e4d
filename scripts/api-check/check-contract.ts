import { z } from 'zod';
import { toSchemaIssues } from '../../src/api/client';
import { endpoints, highlightsPath, indicatorPath, indicatorsPath } from '../../src/api/endpoints';
import {
  ApiError,
  areaIds,
  HighlightList,
  Indicator,
  IndicatorList,
  ItemsEnvelope,
  Report,
  type AreaId,
} from '../../src/api/schemas';

export const DEFAULT_TIMEOUT_MS = 10_000;
/** A body larger than this (after decompression) is not read: no endpoint of the contract comes near it. */
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Kebab-case like a real id, so a 404 means "unknown", not "malformed". */
export const UNKNOWN_INDICATOR_ID = 'api-check-no-such-indicator';
const MAX_ISSUES_PER_LINE = 10;

export interface CheckResult {
  /** e.g. `GET /indicators?area=users`, relative to the base URL. */
  request: string;
  /** Empty when the check passed. */
  failures: string[];
  /** Things the dashboard copes with but the API should fix (an unsorted series, a date in the future). */
  warnings?: string[];
}

export interface CheckContractOptions {
  baseUrl: string;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Called in contract order as soon as each result is known. */
  onResult?: (result: CheckResult) => void;
  /** Today's date (YYYY-MM-DD, UTC) for the future-date check; the clock's by default. */
  today?: string;
}

interface Expectation<S extends z.ZodType> {
  path: string;
  status: 200 | 404;
  schema: S;
  /** Contract rules a schema cannot state, checked on a body that matched the schema. */
  semantics?: (body: z.infer<S>) => string[];
  /** Looks at the body as sent (the schema sorts series, so order is only visible here). */
  warnings?: (body: unknown) => string[];
}

interface Outcome {
  result: CheckResult;
  /** The parsed JSON, even when it broke the schema, so later checks can borrow an id from it. */
  body: unknown;
}

export const passed = (result: CheckResult) => result.failures.length === 0;

// C0, DEL, C1 and the bidirectional overrides: text from the API must not move the cursor, recolour the terminal
// or reorder the line it is printed in.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** What a live API sent, safe to print to a terminal. */
export const stripControlCharacters = (text: string) => text.replace(CONTROL_CHARACTERS, '');

export function formatResult({ request, failures, warnings = [] }: CheckResult): string {
  if (failures.length === 0 && warnings.length > 0)
    return stripControlCharacters(
      `WARN  ${request}: ${warnings.slice(0, MAX_ISSUES_PER_LINE).join('; ')}${warnings.length > MAX_ISSUES_PER_LINE ? `; … and ${warnings.length - MAX_ISSUES_PER_LINE} more` : ''}`,
    );
  if (failures.length === 0) return stripControlCharacters(`PASS  ${request}`);
  const shown = failures.slice(0, MAX_ISSUES_PER_LINE);
  const more = failures.length - shown.length;
  return stripControlCharacters(`FAIL  ${request}: ${shown.join('; ')}${more > 0 ? `; … and ${more} more` : ''}`);
}

export const formatSummary = (results: CheckResult[]) => {
  const ok = results.filter(passed).length;
  const warned = results.filter((result) => passed(result) && (result.warnings?.length ?? 0) > 0).length;
  return `${ok} passed, ${results.length - ok} failed${warned > 0 ? ` (${warned} passed with warnings)` : ''}`;
};

/** The series as sent, before the app's schema sorts it: order and dates are only visible here. */
const SentSeries = z.object({ observations: z.array(z.unknown()) });
const SentDate = z.object({ date: z.string() });

/** Series problems in one indicator as sent: out of date order, or a latest date after today. */
function seriesWarningsOf(indicator: unknown, prefix: string, today: string): string[] {
  const sent = SentSeries.safeParse(indicator);
  const dates = (sent.data?.observations ?? []).flatMap((item) => SentDate.safeParse(item).data?.date ?? []);
  const warnings: string[] = [];
  const outOfOrder = dates.findIndex((date, index) => index > 0 && date < (dates[index - 1] ?? ''));
  if (outOfOrder > 0) {
    warnings.push(
      `${prefix}observations.${outOfOrder}.date: ${dates[outOfOrder]} comes after ${dates[outOfOrder - 1]}; series should be sorted oldest first (the dashboard sorts them)`,
    );
  }
  const latest = [...dates].sort().at(-1);
  if (latest !== undefined && latest > today) {
    warnings.push(`${prefix}observations: the latest date ${latest} is in the future (today is ${today})`);
  }
  return warnings;
}

const itemsOf = (body: unknown) => ItemsEnvelope.safeParse(body).data?.items ?? [];
const listSeriesWarnings = (today: string) => (body: unknown) =>
  itemsOf(body).flatMap((item, index) => seriesWarningsOf(item, `items.${index}.`, today));

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  // Node tries each address of a name (IPv6, IPv4) and reports them together.
  if (error instanceof AggregateError) return errorCode(error.errors[0]);
  return undefined;
}

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connect timeout',
  UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
  UND_ERR_SOCKET: 'connection closed by the server',
};

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = errorCode(cause);
  if (code && networkReasons[code]) return networkReasons[code];
  const message = cause instanceof Error ? cause.message : String(cause);
  return `network error: ${code ? `${code} ` : ''}${message}`;
}

// Not awaited: the verdict is known already, and awaiting a cancel can stall (seen through MSW's fetch interceptor).
const discard = (response: Response) => void response.body?.cancel().catch(() => undefined);

class TooLargeError extends Error {}

/** Reads the (already decompressed) body, giving up as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new TooLargeError();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;

const mediaType = (contentType: string | null) => contentType?.split(';')[0]?.trim().toLowerCase() || undefined;

async function check<S extends z.ZodType>(
  baseUrl: string,
  { timeoutMs, maxResponseBytes }: { timeoutMs: number; maxResponseBytes: number },
  { path, status, schema, semantics, warnings }: Expectation<S>,
): Promise<Outcome> {
  const request = `GET ${path}`;
  const fail = (...failures: string[]): Outcome => ({ result: { request, failures }, body: undefined });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        // A redirect is reported, not followed: the app's fetch would follow it to wherever it points.
        redirect: 'manual',
      });
      if (response.status >= 300 && response.status < 400) {
        discard(response);
        const location = response.headers.get('location');
        return fail(`redirect HTTP ${response.status}${location ? ` to ${location}` : ''}, not followed`);
      }
      if (response.status !== status) {
        discard(response);
        return fail(`HTTP ${response.status}${status === 200 ? '' : `, expected ${status}`}`);
      }
      const type = mediaType(response.headers.get('content-type'));
      if (type !== 'application/json') {
        discard(response);
        return fail(`${type ? `content-type ${type}` : 'no content-type'}, expected application/json`);
      }
      text = await readCapped(response, maxResponseBytes);
    } catch (error) {
      if (error instanceof TooLargeError) {
        return fail(`response larger than ${megabytes(maxResponseBytes)}, not read to the end`);
      }
      if (controller.signal.aborted) return fail(`timeout after ${timeoutMs / 1000} s`);
      return fail(describeNetworkError(error));
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
    return { result: { request, failures, ...(found.length > 0 ? { warnings: found } : {}) }, body };
  } finally {
    clearTimeout(timer);
  }
}

const itemsOfArea =
  (area: AreaId) =>
  ({ items }: { items: { area: AreaId }[] }) =>
    items.flatMap((item, index) =>
      item.area === area ? [] : [`items.${index}.area: expected ${area}, received ${item.area}`],
    );

/** The id of the first item that is a valid indicator, so a broken item elsewhere does not block the check. */
const firstIndicatorId = (body: unknown) =>
  itemsOf(body).flatMap((item) => Indicator.safeParse(item).data?.id ?? [])[0];

/**
 * Requests every endpoint of the contract (src/api/schemas.ts, src/api/endpoints.ts) from a live API
 * and reports, per request, whether the answer matches it.
 */
export async function checkContract({
  baseUrl,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  onResult,
  today = new Date().toISOString().slice(0, 10),
}: CheckContractOptions): Promise<CheckResult[]> {
  const base = baseUrl.replace(/\/+$/, '');
  const run = <S extends z.ZodType>(expectation: Expectation<S>) =>
    check(base, { timeoutMs, maxResponseBytes }, expectation);
  const seriesWarnings = listSeriesWarnings(today);

  const allIndicators = run({
    path: endpoints.indicators,
    status: 200,
    schema: IndicatorList,
    warnings: seriesWarnings,
  });
  const byId = allIndicators.then(({ body }): Promise<Outcome> | Outcome => {
    const id = firstIndicatorId(body);
    if (id === undefined) {
      return {
        result: {
          request: `GET ${endpoints.indicator}`,
          failures: [`not run: GET ${endpoints.indicators} gave no indicator id`],
        },
        body: undefined,
      };
    }
    return run({
      path: indicatorPath(id),
      status: 200,
      schema: Indicator,
      semantics: (indicator) => (indicator.id === id ? [] : [`id: expected ${id}, received ${indicator.id}`]),
      warnings: (body) => seriesWarningsOf(body, '', today),
    });
  });

  const outcomes: Promise<Outcome>[] = [
    run({ path: endpoints.report, status: 200, schema: Report }),
    allIndicators,
    ...areaIds.map((area) =>
      run({
        path: indicatorsPath(area),
        status: 200,
        schema: IndicatorList,
        semantics: itemsOfArea(area),
        warnings: seriesWarnings,
      }),
    ),
    byId,
    run({ path: indicatorPath(UNKNOWN_INDICATOR_ID), status: 404, schema: ApiError }),
    run({ path: endpoints.highlights, status: 200, schema: HighlightList }),
    ...areaIds.map((area) =>
      run({ path: highlightsPath(area), status: 200, schema: HighlightList, semantics: itemsOfArea(area) }),
    ),
  ];

  const results: CheckResult[] = [];
  for (const outcome of outcomes) {
    const { result } = await outcome;
    onResult?.(result);
    results.push(result);
  }
  return results;
}

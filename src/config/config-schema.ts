import { MIN_REFRESH_INTERVAL_MS } from './refresh-interval';
import { z } from './zod';

/** Parsed as a browser would resolve it; only a path on this site or an http(s) URL with a host may pass. */
export function apiBaseUrlProblem(value: string): string | undefined {
  // A backslash or control character is read as something else by URL parsers (`/\host` is another host).
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return 'must not contain spaces, backslashes or control characters';
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return 'must not start with // (that names another host): write http(s)://host/…';
    return undefined;
  }
  let url: URL;
  try {
    // Not URL.canParse: the readable browser tier (Chromium 89) lacks it.
    url = new URL(value);
  } catch {
    return 'must be a path on this site (like /api) or an http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'must be a path on this site (like /api) or an http(s) URL';
  if (!url.hostname) return 'must name a host';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.search || url.hash) return 'must not carry a query (?…) or fragment (#…)';
  return undefined;
}

/** A configuration that parses but cannot work on this page: browsers block an http: API from an https: page. */
export function mixedContentProblem(apiBaseUrl: string, pageUrl: string): string | undefined {
  const api = new URL(apiBaseUrl, pageUrl);
  if (new URL(pageUrl).protocol !== 'https:' || api.protocol !== 'http:') return undefined;
  return `an http: API cannot be reached from this https: page (browsers block mixed content); use https://${api.host}${api.pathname}`;
}

/** public/config.json: what a deployer edits to point the built app at an API, without rebuilding. */
export const AppConfig = z.strictObject({
  apiBaseUrl: z
    .string()
    .min(1, 'must not be empty')
    .max(2000)
    .superRefine((value, context) => {
      const problem = apiBaseUrlProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  mocks: z.boolean(),
  requestTimeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
  /** Left out: every 5 minutes against a live API, never in the demo (refreshIntervalOf). 0 turns it off. */
  refreshIntervalMs: z
    .number()
    .int('must be a whole number of milliseconds')
    .max(86_400_000, 'must be at most 86400000 (one day)')
    .refine((value) => value === 0 || value >= MIN_REFRESH_INTERVAL_MS, {
      message: `must be 0 (off) or at least ${MIN_REFRESH_INTERVAL_MS} (10 s)`,
    })
    .optional(),
  /** Seconds the big screen stays on each area; ?cycle= overrides it for one screen. */
  screenCycleSeconds: z.number().int().min(5).max(120).default(15),
});
export type AppConfig = z.infer<typeof AppConfig>;

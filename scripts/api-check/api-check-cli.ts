import { parseArgs } from 'node:util';
import {
  checkContract,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  formatResult,
  formatSummary,
  passed,
  stripControlCharacters,
} from './check-contract';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export const apiCheckUsage = [
  'usage: npm run api:check -- <baseUrl> [--timeout SECONDS] [--max-size MB]',
  '  baseUrl    the API base URL, as apiBaseUrl in config.json, e.g. http://localhost:4174/api',
  `  --timeout  seconds to wait for each response (default ${DEFAULT_TIMEOUT_MS / 1000})`,
  `  --max-size largest response body to read, in MB after decompression (default ${DEFAULT_MAX_RESPONSE_BYTES / 1024 / 1024})`,
  '  Redirects are reported as failures, never followed.',
  'Exit status: 0 every check passed, 1 a check failed, 2 bad arguments.',
].join('\n');

class UsageError extends Error {}

function parseCliArgs(
  argv: readonly string[],
): { baseUrl: string; timeoutMs: number; maxResponseBytes: number } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { timeout: { type: 'string' }, 'max-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) return 'help';
  const [baseUrl, ...extra] = parsed.positionals;
  if (baseUrl === undefined) throw new UsageError('missing <baseUrl>');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra.join(' ')}"`);
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new UsageError(`<baseUrl> must be an http(s) URL, got "${baseUrl}"`);
  }
  const seconds = parsed.values.timeout === undefined ? DEFAULT_TIMEOUT_MS / 1000 : Number(parsed.values.timeout);
  if (!(seconds > 0 && seconds <= 600))
    throw new UsageError(`--timeout must be 0–600 seconds, got "${parsed.values.timeout}"`);
  const maxSize = parsed.values['max-size'];
  const megabytes = maxSize === undefined ? DEFAULT_MAX_RESPONSE_BYTES / 1024 / 1024 : Number(maxSize);
  if (!(megabytes > 0 && megabytes <= 1024)) throw new UsageError(`--max-size must be 0–1024 MB, got "${maxSize}"`);
  return { baseUrl, timeoutMs: seconds * 1000, maxResponseBytes: Math.round(megabytes * 1024 * 1024) };
}

/** Prints one PASS/FAIL line per request and a summary; resolves with the exit code. */
export async function runApiCheckCli(argv: readonly string[], output: CliOutput): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.error(`api:check: ${stripControlCharacters(error.message)}\n${apiCheckUsage}`);
    return 2;
  }
  if (args === 'help') {
    output.log(apiCheckUsage);
    return 0;
  }
  const results = await checkContract({ ...args, onResult: (result) => output.log(formatResult(result)) });
  output.log(formatSummary(results));
  return results.every(passed) ? 0 : 1;
}

/** `npm run api:check -- <baseUrl>` (through scripts/run.mjs). */
export const main = ({ argv }: { argv: string[] }) => runApiCheckCli(argv, console);

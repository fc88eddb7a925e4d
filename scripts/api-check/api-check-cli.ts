import { parseArgs } from 'node:util';
import * as contract from './check-contract';

const usage = `usage: npm run api:check -- <baseUrl> [--timeout SECONDS] [--max-size MB]
  baseUrl     the API base URL, as apiBaseUrl in config.json, e.g. http://localhost:4174/api
  --timeout   seconds to wait for each response (default ${contract.DEFAULT_TIMEOUT_MS / 1000})
  --max-size  largest response body to read, in MB after decompression (default ${contract.DEFAULT_MAX_RESPONSE_BYTES / 2 ** 20})
Redirects are reported as failures, never followed. Exit status: 0 all passed, 1 a check failed, 2 bad arguments.`;

function within(flag: string, raw: string | undefined, fallback: number, max: number, unit: string) {
  const value = raw === undefined ? fallback : Number(raw);
  if (!(value > 0 && value <= max)) throw new Error(`--${flag} must be 0–${max} ${unit}, got "${raw}"`);
  return value;
}

function parseCliArgs(argv: readonly string[]) {
  const options = {
    timeout: { type: 'string' },
    'max-size': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true });
  if (values.help) return 'help' as const;
  const [baseUrl, ...extra] = positionals;
  if (baseUrl === undefined) throw new Error('missing <baseUrl>');
  if (extra.length > 0) throw new Error(`unexpected argument "${extra.join(' ')}"`);
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol))
    throw new Error(`<baseUrl> must be an http(s) URL, got "${baseUrl}"`);
  const seconds = within('timeout', values.timeout, contract.DEFAULT_TIMEOUT_MS / 1000, 600, 'seconds');
  const megabytes = within('max-size', values['max-size'], contract.DEFAULT_MAX_RESPONSE_BYTES / 2 ** 20, 1024, 'MB');
  return { baseUrl, timeoutMs: seconds * 1000, maxResponseBytes: Math.round(megabytes * 2 ** 20) };
}

/** Prints one PASS/WARN/FAIL line per request and a summary; resolves with the exit code. */
export async function runApiCheckCli(argv: readonly string[], output: Pick<Console, 'log' | 'error'>) {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    const message = contract.stripControlCharacters(error instanceof Error ? error.message : String(error));
    output.error(`api:check: ${message}\n${usage}`);
    return 2;
  }
  if (args === 'help') {
    output.log(usage);
    return 0;
  }
  const onResult = (result: contract.CheckResult) => output.log(contract.formatResult(result));
  const results = await contract.checkContract({ ...args, onResult });
  const passed = results.filter((result) => result.failures.length === 0);
  const warned = passed.filter((result) => (result.warnings?.length ?? 0) > 0).length;
  const withWarnings = warned > 0 ? ` (${warned} passed with warnings)` : '';
  output.log(`${passed.length} passed, ${results.length - passed.length} failed${withWarnings}`);
  return passed.length === results.length ? 0 : 1;
}

/** `npm run api:check -- <baseUrl>` (through scripts/run.mjs). */
export const main = ({ argv }: { argv: string[] }) => runApiCheckCli(argv, console);

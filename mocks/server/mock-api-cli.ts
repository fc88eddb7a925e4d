import { parseArgs } from 'node:util';
import { parseScenario, scenarioNames, type ScenarioName } from '../handlers/scenarios';
import { MOCK_API_DEFAULT_PORT, startMockApiServer, stopArticleService } from './create-mock-api-server';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export const mockApiUsage = [
  'usage: npm run mock-api -- [--port N] [--host NAME] [--scenario NAME]',
  `  --port      port to listen on (default $PORT, else ${MOCK_API_DEFAULT_PORT}; 0 picks a free one)`,
  '  --host      interface to listen on (default localhost)',
  `  --scenario  misbehave on purpose: ${scenarioNames.join(', ')}`,
].join('\n');

export interface MockApiArgs {
  port: number;
  host: string;
  scenario: ScenarioName | undefined;
  help: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function parsePort(value: string, from: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535)
    throw new UsageError(`${from} must be a port number 0–65535, got "${value}"`);
  return port;
}

/** --port wins over $PORT, which wins over the default. */
export function parseMockApiArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): MockApiArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        scenario: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const scenario = values.scenario === undefined ? undefined : parseScenario(values.scenario);
  if (values.scenario !== undefined && !scenario) {
    throw new UsageError(`unknown scenario "${values.scenario}"; use one of ${scenarioNames.join(', ')}`);
  }
  const port =
    values.port !== undefined
      ? parsePort(values.port, '--port')
      : env.PORT
        ? parsePort(env.PORT, 'PORT')
        : MOCK_API_DEFAULT_PORT;
  return { port, host: values.host ?? 'localhost', scenario, help: values.help ?? false };
}

/** Runs until `stop` aborts; resolves with the exit code (2 for bad arguments, 1 when it cannot listen). */
export async function runMockApiCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  output: CliOutput,
  stop: AbortSignal,
): Promise<number> {
  let args: MockApiArgs;
  try {
    args = parseMockApiArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.error(`mock-api: ${error.message}\n${mockApiUsage}`);
    return 2;
  }
  if (args.help) {
    output.log(mockApiUsage);
    return 0;
  }
  let server;
  try {
    server = await startMockApiServer({ ...args, onRequest: (line) => output.log(line) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.error(`mock-api: cannot listen on ${args.host}:${args.port}: ${reason} (try --port N)`);
    return 1;
  }
  output.log(`Mock API on ${server.url}${args.scenario ? ` (scenario: ${args.scenario})` : ''}`);
  output.log(`Point a built app at it in dist/config.json: { "apiBaseUrl": "${server.url}", "mocks": false }`);
  output.log('Ctrl+C stops it.');
  if (!stop.aborted) await new Promise((resolve) => stop.addEventListener('abort', resolve, { once: true }));
  await server.close();
  await stopArticleService();
  return 0;
}

/** `npm run mock-api` (through scripts/run.mjs): serves until SIGINT or SIGTERM. */
export const main = ({ argv, signal }: { argv: string[]; signal: AbortSignal }) =>
  runMockApiCli(argv, process.env, console, signal);

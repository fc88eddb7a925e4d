import type { AppConfig } from './config-schema';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }) {
  const first = error.issues[0];
  const field = first?.path.map(String).join('.') || undefined;
  const message = error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { field, message };
}

/** Parses config text; a bad file throws a ConfigError that names the bad field. zod loads beside the fetch. */
export async function parseConfig(text: string): Promise<AppConfig> {
  const { AppConfig } = await import('./config-schema');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError('config.json is not valid JSON');
  }
  const result = AppConfig.safeParse(json);
  if (!result.success) {
    const { field, message } = describeIssues(result.error);
    throw new ConfigError(`config.json: ${message}`, field);
  }
  return result.data;
}

/** A configuration that parses but cannot work on this page: browsers block an http: API from an https: page. */
export function assertUsableFrom(config: AppConfig, pageUrl: string): AppConfig {
  const api = new URL(config.apiBaseUrl, pageUrl);
  if (new URL(pageUrl).protocol === 'https:' && api.protocol === 'http:') {
    throw new ConfigError(
      `config.json: apiBaseUrl: an http: API cannot be reached from this https: page (browsers block mixed content); use https://${api.host}${api.pathname}`,
      'apiBaseUrl',
    );
  }
  return config;
}

/** Fetches config.json from beside index.html (respecting a sub-path deployment). */
export async function loadConfig(
  baseUrl: string = import.meta.env.BASE_URL,
  pageUrl: string = window.location.href,
): Promise<AppConfig> {
  let response: Response;
  void import('./config-schema');
  try {
    response = await fetch(`${baseUrl}config.json`, { cache: 'no-store' });
  } catch {
    throw new ConfigError('config.json could not be loaded (network error)');
  }
  if (!response.ok) throw new ConfigError(`config.json could not be loaded (HTTP ${response.status})`);
  return assertUsableFrom(await parseConfig(await response.text()), pageUrl);
}

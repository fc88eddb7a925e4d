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
export async function parseConfig(text: string, pageUrl?: string): Promise<AppConfig> {
  const { AppConfig, mixedContentProblem } = await import('./config-schema');
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
  const mixedContent = pageUrl === undefined ? undefined : mixedContentProblem(result.data.apiBaseUrl, pageUrl);
  if (mixedContent) throw new ConfigError(`config.json: apiBaseUrl: ${mixedContent}`, 'apiBaseUrl');
  return result.data;
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
  return parseConfig(await response.text(), pageUrl);
}

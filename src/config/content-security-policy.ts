/**
 * The page's Content-Security-Policy. The build puts BASE_POLICY in index.html; once config.json is read,
 * main.tsx adds a second policy that narrows connections to this origin and the configured API origin.
 * Browsers enforce every policy present, so the effective connect-src is the narrower one.
 */
export const BASE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' http: https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The origin the API lives on, or undefined when the API is on this site. */
export function apiOrigin(apiBaseUrl: string, pageOrigin: string): string | undefined {
  const origin = new URL(apiBaseUrl, pageOrigin).origin;
  return origin === pageOrigin ? undefined : origin;
}

export function connectPolicy(apiBaseUrl: string, pageOrigin: string): string {
  const origin = apiOrigin(apiBaseUrl, pageOrigin);
  return `connect-src 'self'${origin ? ` ${origin}` : ''}`;
}

export function restrictConnections(apiBaseUrl: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicy(apiBaseUrl, window.location.origin);
  document.head.append(meta);
}

/**
 * The offline demo file's policy: it may run and style only its own inline code (allowed by hash), show
 * images it draws itself (data: and blob: URLs, for chart PNG/SVG) and connect nowhere.
 */
export function portablePolicy({ scripts, styles }: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The one place a caught render error is logged: once per failure, naming what failed (an indicator or chart id),
 * so a support person can match a report of "this card failed" to the console.
 */
export function logRenderError(what: string, error: unknown): void {
  console.error(`[dashboard] ${what} failed to render:`, error);
}

/** A lazy chunk that did not arrive (dropped connection, a deployment that replaced the files). */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    // Chromium and Firefox say "dynamically imported module", Safari "Importing a module script failed", Vite "preload".
    /dynamically imported module|Importing a module script|Unable to preload/i.test(error.message)
  );
}

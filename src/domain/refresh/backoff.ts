/** After a failed fetch: try again in 30 s, then 1 min, then 2 min, then at the normal interval. */
export const BACKOFF_STEPS_MS = [30_000, 60_000, 120_000] as const;

/**
 * The wait before the next attempt after `failures` failed ones in a row (1 or more). Never longer than the
 * interval itself; with the schedule off (0) the last step repeats, so a page that never loaded keeps trying.
 */
export function retryDelay(failures: number, intervalMs: number): number {
  const lastStep = BACKOFF_STEPS_MS[BACKOFF_STEPS_MS.length - 1] ?? 120_000;
  const step = BACKOFF_STEPS_MS[Math.max(0, failures - 1)];
  if (intervalMs <= 0) return step ?? lastStep;
  return Math.min(step ?? intervalMs, intervalMs);
}

/** A hidden tab still follows the API, at a third of the rate. */
export const HIDDEN_INTERVAL_FACTOR = 3;

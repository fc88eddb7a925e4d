/** The range config.json's screenCycleSeconds allows, and ?cycle= too. */
export const CYCLE_SECONDS_RANGE = { min: 5, max: 120 } as const;

/**
 * Seconds per area: ?cycle= (one screen's setting, e.g. a faster loop in a lobby) when it is a whole number in
 * range, else the deployment's config.json value. A bad ?cycle= is ignored rather than stopping the wall screen.
 */
export function cycleSeconds(configured: number, fromAddress: string | null): number {
  if (fromAddress === null || !/^\d{1,3}$/.test(fromAddress)) return configured;
  const requested = Number(fromAddress);
  return requested >= CYCLE_SECONDS_RANGE.min && requested <= CYCLE_SECONDS_RANGE.max ? requested : configured;
}

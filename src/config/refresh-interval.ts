import type { AppConfig } from './config-schema';

export const MIN_REFRESH_INTERVAL_MS = 10_000;
export const DEFAULT_LIVE_REFRESH_INTERVAL_MS = 300_000;

/** How often the figures are fetched again; 0 is never. A live API changes, the demo's data does not. */
export function refreshIntervalOf(config: Pick<AppConfig, 'mocks' | 'refreshIntervalMs'>): number {
  return config.refreshIntervalMs ?? (config.mocks ? 0 : DEFAULT_LIVE_REFRESH_INTERVAL_MS);
}

/**
 * Orders ISO dates (2025-07-31) oldest first. A plain code-unit comparison: `localeCompare` would load the ICU
 * collator on the first paint's path, a cost on a phone, for strings whose order needs no locale.
 */
export const compareIsoDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** How an English chart axis scales its values: the largest power of a thousand that keeps ticks readable. */
export type EnglishScale = 1 | 1_000 | 1_000_000 | 1_000_000_000;

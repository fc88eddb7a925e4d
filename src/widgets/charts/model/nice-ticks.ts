/** Round axis ticks (0, 1000, 2000 …) covering `max`, instead of ticks at arbitrary fractions of it. */
export function niceTicks(max: number, targetCount = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rawStep = max / targetCount;
  const magnitude = 10 ** Math.floor(Math.log10(rawStep));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= rawStep) ?? 10) * magnitude;
  const count = Math.ceil(max / step);
  // At the ends of the double range the step underflows to 0 (5e-324 / 4) or the top tick overflows to Infinity.
  if (!(step > 0) || !Number.isFinite(count)) return [0, max];
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12))).filter(
    Number.isFinite,
  );
}

/** One tick per rank while they fit on an axis (the article's go to 9th); beyond that, round steps from 1st. */
const MAX_TICKS_ONE_PER_RANK = 40;

/** Ticks for a rank axis running from 1st to `lowestRank`: never an array as long as a huge rank. */
export function rankTicks(lowestRank: number): number[] {
  if (!(lowestRank >= 1)) return [1];
  if (lowestRank <= MAX_TICKS_ONE_PER_RANK)
    return Array.from({ length: Math.ceil(lowestRank) }, (_, index) => index + 1);
  return [1, ...niceTicks(lowestRank).filter((tick) => tick > 1)];
}

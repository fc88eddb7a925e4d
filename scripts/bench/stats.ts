export interface Spread {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** Median, min and max of the samples; undefined when there are none, so a failed measurement never reads as 0. */
export function spread(samples: readonly number[]): Spread | undefined {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (index: number) => sorted[index];
  const middle = Math.floor(sorted.length / 2);
  const low = at(sorted.length % 2 === 1 ? middle : middle - 1);
  const high = at(middle);
  const min = at(0);
  const max = at(sorted.length - 1);
  if (low === undefined || high === undefined || min === undefined || max === undefined) return undefined;
  return { median: (low + high) / 2, min, max, samples: [...samples] };
}

import type { Multiplier } from '@/api/schemas';
import { shiftDecimal, toPlainDecimal } from '@/lib/decimal';

const exponent: Record<Multiplier, number> = { 1: 0, 10000: 4, 100000000: 8 };

/** A value counted in `from` × unit, counted in `to` × unit instead (11.5 万个 → 115000 个), exactly as a decimal. */
export const rescale = (value: number, from: Multiplier, to: Multiplier): number =>
  from === to ? value : Number(shiftDecimal(toPlainDecimal(value), exponent[from] - exponent[to]));

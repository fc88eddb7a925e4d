/** Array.prototype.at for Chromium 89-91 (it arrived in 92); main.tsx loads this only where it is missing. */
export function arrayAt<T>(this: readonly T[], index: number): T | undefined {
  const whole = Math.trunc(index) || 0;
  const position = whole < 0 ? this.length + whole : whole;
  return position < 0 || position >= this.length ? undefined : this[position];
}

export function installArrayAt(): void {
  if ('at' in Array.prototype) return;
  Object.defineProperty(Array.prototype, 'at', { value: arrayAt, writable: true, configurable: true });
}

/**
 * Exact decimal helpers on strings, so 4261.7 × 10^4 becomes "42617000" and never 42616999.999….
 * Binary floating point would round figures away from what the article printed.
 */

/** The shortest decimal string that round-trips the number, without exponent notation. */
export function toPlainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', intPart = '', fraction = '', exponent = '0'] = match;
  return sign + shiftDecimal(intPart + (fraction ? `.${fraction}` : ''), Number(exponent));
}

/** Moves the decimal point `places` to the right (negative: to the left), trimming needless zeros. */
export function shiftDecimal(decimal: string, places: number): string {
  const negative = decimal.startsWith('-');
  const unsigned = negative ? decimal.slice(1) : decimal;
  const [intPart = '0', fraction = ''] = unsigned.split('.');
  let digits = intPart + fraction;
  let point = intPart.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  const result = rest ? `${whole}.${rest}` : whole;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

export function fractionDigits(decimal: string): number {
  const point = decimal.indexOf('.');
  return point === -1 ? 0 : decimal.length - point - 1;
}

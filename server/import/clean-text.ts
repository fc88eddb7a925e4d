/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF; surrogates that
 * are not half of a pair), plus DEL and the C1 controls: a stored string holding one would break the next export.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A cell's text as it may be stored: forbidden characters removed, surrounding (also non-breaking) spaces trimmed. */
export function cleanText(value: string): string {
  return value.replace(FORBIDDEN, '').trim();
}

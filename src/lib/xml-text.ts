/**
 * XML 1.0 cannot hold C0 controls other than tab, LF and CR, U+FFFE, U+FFFF or a surrogate that is not half of a
 * pair, not even as a character reference: a part with one fails to parse, and a browser writes a lone surrogate as
 * bytes that are not UTF-8. With the `u` flag a surrogate range matches only a lone one; a pair is one code point.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/** The text without the characters XML cannot hold; everything else as it was. */
export const xmlText = (value: string): string => value.replace(FORBIDDEN, '');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text ready to stand between tags or inside a quoted attribute. */
export const escapeXml = (value: string): string =>
  xmlText(value).replace(/[&<>"']/g, (match) => ENTITIES[match] ?? '');

import { escapeXml } from '@/lib/xml-text';

/* SVG as text, built without a DOM: every attribute value and every text escaped, lengths rounded to 0.1 px. */

type AttributeValue = string | number | undefined;

/** A length or coordinate to one decimal: enough for any screen or print, and a smaller file. */
export const px = (value: number) => String(Math.round(value * 10) / 10);

function attributesText(attributes: Record<string, AttributeValue>): string {
  return Object.entries(attributes)
    .flatMap(([name, value]) =>
      value === undefined ? [] : [` ${name}="${escapeXml(typeof value === 'number' ? px(value) : value)}"`],
    )
    .join('');
}

/** An element whose content is markup already built by these helpers (or none). */
export function element(name: string, attributes: Record<string, AttributeValue>, content = ''): string {
  return content === ''
    ? `<${name}${attributesText(attributes)}/>`
    : `<${name}${attributesText(attributes)}>${content}</${name}>`;
}

/** An element holding plain text, escaped. */
export function textElement(name: string, attributes: Record<string, AttributeValue>, text: string): string {
  return `<${name}${attributesText(attributes)}>${escapeXml(text)}</${name}>`;
}

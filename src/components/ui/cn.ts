/**
 * Joins class names so that, of two utilities that set the same property, only the later one stays:
 * `cn('rounded-md px-3', 'rounded-xl')` is `px-3 rounded-xl`, never both (then the CSS file's order would decide).
 *
 * Why not tailwind-merge, the library made for this: measured with tailwind-merge 3.7.1 in its place, the first
 * paint grew from 89.6 to 98.0 KiB gzip (8.3 KiB), over its 90 KiB budget. This covers the utility groups the
 * primitives in this folder and their callers combine; a class it does not know is kept as it is.
 * tests/unit/cn.test.ts checks each group.
 */

/**
 * The property a utility sets, for the kinds the primitives here set and their callers change: corner radius,
 * padding, font size, text, background and border colour, border width. Anything else is undefined: kept as it is.
 */
function groupOf(utility: string): string | undefined {
  if (/^text-(xs|sm|base|lg|\d?xl|\[\d)/.test(utility)) return 'font-size';
  if (/^text-(left|center|right|justify)$/.test(utility)) return undefined;
  // border, border-2, border-b, border-b-2: a width, one per side.
  if (/^border(-[trblxy])?(-\d+)?$/.test(utility)) return `${utility.replace(/-\d+$/, '')}-width`;
  // What is left of text-, bg- and border- is a colour.
  return /^(rounded|px|py|p|text|bg|border)(?=-|$)/.exec(utility)?.[1];
}

/** A later p- also sets what an earlier px- or py- set. */
const overrides: Record<string, string[]> = { p: ['px', 'py'] };

function keyOf(className: string): string | undefined {
  const variantEnd = className.lastIndexOf(':') + 1;
  const group = groupOf(className.slice(variantEnd));
  return group === undefined ? undefined : className.slice(0, variantEnd) + group;
}

/** The same few combinations come back for every card: each is worked out once. */
const merged = new Map<string, string>();
const MAX_REMEMBERED = 1000;

export function cn(...classLists: (string | false | null | undefined)[]): string {
  const joined = classLists.filter(Boolean).join(' ');
  const known = merged.get(joined);
  if (known !== undefined) return known;
  const result = mergeClasses(joined);
  if (merged.size >= MAX_REMEMBERED) merged.clear();
  merged.set(joined, result);
  return result;
}

function mergeClasses(joined: string): string {
  const kept: { className: string; key: string | undefined }[] = [];
  for (const className of joined.split(/\s+/)) {
    if (!className) continue;
    const key = keyOf(className);
    if (key !== undefined) {
      const variant = key.slice(0, key.lastIndexOf(':') + 1);
      const replaced = [key, ...(overrides[key.slice(variant.length)] ?? []).map((group) => variant + group)];
      for (let index = kept.length - 1; index >= 0; index--) {
        const earlier = kept[index]?.key;
        if (earlier !== undefined && replaced.includes(earlier)) kept.splice(index, 1);
      }
    }
    kept.push({ className, key });
  }
  return kept.map((entry) => entry.className).join(' ');
}

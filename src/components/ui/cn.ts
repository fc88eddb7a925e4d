/**
 * Joins class names so that, of two utilities that set the same property, only the later one stays:
 * `cn('rounded-md px-3', 'rounded-xl')` is `px-3 rounded-xl`, never both (then the CSS file's order would decide).
 *
 * Why not tailwind-merge, the library made for this: it takes the first paint over its size budget (the figures are
 * in docs/decisions/2026-11-30-first-paint-levers.md). This covers the utility groups the primitives in this folder and their callers combine;
 * a class it does not know is kept as it is.
 * tests/unit/cn.test.ts checks each group.
 */

/**
 * The property a utility sets, for the kinds the primitives here set and their callers change: corner radius,
 * padding, font size, text, background and border colour, border width. Anything else is undefined: kept as it is.
 */
function groupOf(utility: string): string | undefined {
  if (/^text-(xs|sm|base|lg|\d?xl|\[\d)/.test(utility)) return 'font-size';
  // border, border-2, border-b, border-b-2: a width, one per side.
  if (/^border(-[trblxy])?(-\d+)?$/.test(utility)) return `${utility.replace(/-\d+$/, '')}-width`;
  if (NOT_COLOURS.test(utility)) return undefined;
  // What is left of text-, bg- and border- is a colour.
  return /^(rounded|px|py|p|text|bg|border)(?=-|$)/.exec(utility)?.[1];
}

/**
 * text-, bg- and border- utilities that set something other than a colour (alignment, wrapping, overflow, border
 * style, background size, position, repeat, attachment, clip, origin, image): kept as they are, never merged with one.
 */
const NOT_COLOURS =
  /^(text-(left|center|right|justify|start|end|wrap|nowrap|balance|pretty|ellipsis|clip)|border-(solid|dashed|dotted|double|hidden|none|collapse|separate|spacing(-.*)?)|bg-(fixed|local|scroll|auto|cover|contain|none|repeat(-.*)?|no-repeat|clip-.*|origin-.*|(left|right|top|bottom|center)(-.*)?|(linear|radial|conic)-.*|blend-.*))$/;

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

/**
 * Joins class names so that, of two utilities that set the same property, only the later one stays:
 * `cn('rounded-md px-3', 'rounded-xl')` is `px-3 rounded-xl`, never both (then the CSS file's order would decide).
 *
 * Why not tailwind-merge, the library made for this: measured with tailwind-merge 3.7.1 in its place, the first
 * paint grew from 89.6 to 98.0 KiB gzip (8.3 KiB), over its 90 KiB budget. This covers the utility groups the
 * primitives in this folder and their callers combine; a class it does not know is kept as it is.
 * tests/unit/cn.test.ts checks each group.
 */

/** [group, pattern]; the first pattern that matches names a class's group. Order matters: size before colour. */
const groups: [string, RegExp][] = [
  ['rounded', /^rounded(-(none|sm|md|lg|xl|2xl|3xl|full))?$/],
  ['p', /^p-/],
  ['px', /^px-/],
  ['py', /^py-/],
  ['font-size', /^text-(xs|sm|base|lg|[2-9]?xl|\[[\d.]+(px|pt|rem|em)\])$/],
  ['text-align', /^text-(left|center|right|justify|start|end)$/],
  ['text-color', /^text-/],
  ['font-weight', /^font-(thin|light|normal|medium|semibold|bold|extrabold|black)$/],
  ['bg', /^bg-/],
  ['border-width', /^border(-[0-9]+)?$/],
  ...['t', 'r', 'b', 'l', 'x', 'y'].map((side): [string, RegExp] => [
    `border-${side}`,
    RegExp(`^border-${side}(-[0-9]+)?$`),
  ]),
  ['border-style', /^border-(solid|dashed|dotted|double|none)$/],
  ['border-color', /^border-/],
  ['display', /^(block|inline|inline-block|flex|inline-flex|grid|inline-grid|contents|hidden)$/],
  ['shadow', /^shadow(-|$)/],
  ['min-height', /^min-h-/],
];

/** A later class of these groups also overrides the earlier ones (p-4 after px-2 sets both sides). */
const overrides: Record<string, string[]> = { p: ['px', 'py'] };

function keyOf(className: string): string | undefined {
  const variantEnd = className.lastIndexOf(':') + 1;
  const utility = className.slice(variantEnd);
  const group = groups.find(([, pattern]) => pattern.test(utility))?.[0];
  return group === undefined ? undefined : className.slice(0, variantEnd) + group;
}

export function cn(...classLists: (string | false | null | undefined)[]): string {
  const kept: { className: string; key: string | undefined }[] = [];
  for (const className of classLists.filter(Boolean).join(' ').split(/\s+/)) {
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

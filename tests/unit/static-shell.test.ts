import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/domain/i18n/messages-zh';

const here = dirname(fileURLToPath(import.meta.url));
const indexHtml = readFileSync(resolve(here, '../../index.html'), 'utf8');
const headerSource = readFileSync(resolve(here, '../../src/features/dashboard/header.tsx'), 'utf8');

describe('the static page frame in index.html', () => {
  it('shows the same title, with the same classes, as the header React draws first', () => {
    const page = new DOMParser().parseFromString(indexHtml, 'text/html');
    const h1 = page.querySelector('header h1');
    // Prettier may break the h1 over lines; the spaces around its text are not drawn.
    expect(h1?.textContent?.trim()).toBe(zh.appName);
    expect(headerSource).toContain(`<h1 className="${h1?.className}">`);
    const header = page.querySelector('header');
    const frame = [header, header?.querySelector(':scope > div'), header?.querySelector(':scope > div > div')];
    expect(frame.every(Boolean)).toBe(true);
    for (const element of frame) expect(headerSource).toContain(`className="${element?.className}"`);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/lib/i18n/messages-zh';

const here = dirname(fileURLToPath(import.meta.url));
const indexHtml = readFileSync(resolve(here, '../../index.html'), 'utf8');
const headerSource = readFileSync(resolve(here, '../../src/features/dashboard/header.tsx'), 'utf8');

describe('the static page frame in index.html', () => {
  it('shows the same title, with the same classes, as the header React draws first', () => {
    const h1 = /<h1 class="([^"]+)">([^<]+)<\/h1>/.exec(indexHtml);
    expect(h1?.[2]).toBe(zh.appName);
    expect(headerSource).toContain(`<h1 className="${h1?.[1] ?? ''}">`);
    const frame = /<header class="([^"]+)">\s*<div class="([^"]+)">\s*<div class="([^"]+)">/.exec(indexHtml);
    for (const className of frame?.slice(1) ?? ['missing']) expect(headerSource).toContain(`className="${className}"`);
  });
});

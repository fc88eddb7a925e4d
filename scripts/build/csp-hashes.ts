import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashes = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => sha256(match[1] ?? ''));

/**
 * vite-plugin-singlefile inlines the script and style sheet; this then writes the page's Content-Security-Policy
 * with the sha256 of each inline element exactly as emitted, so the file needs no 'unsafe-inline'. Must come after
 * viteSingleFile in the plugin list (both run last in generateBundle).
 */
export function cspHashes(policy: (hashes: { scripts: string[]; styles: string[] }) => string): Plugin {
  return {
    name: 'csp-hashes',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
        if (pages.length === 0) this.error('csp-hashes: the build emitted no HTML page');
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const html = String(page.source).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
          const content = policy({ scripts: hashes(html, 'script'), styles: hashes(html, 'style') });
          const meta = `<meta http-equiv="Content-Security-Policy" content="${content}">`;
          page.source = html.replace('<head>', () => `<head>\n    ${meta}`);
        }
      },
    },
  };
}

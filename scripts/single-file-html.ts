import { createHash } from 'node:crypto';
import type { OutputAsset, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inside an inline <script>, the text `</script` would end the element early. */
const escapeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');
const escapeStyle = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1');

export interface SingleFileOptions {
  /** The one file written, e.g. shanxi-ict-dashboard.html. */
  fileName: string;
  /** The policy's directives without script-src and style-src, which are computed from the inlined code. */
  policy: (hashes: { scripts: string[]; styles: string[] }) => string;
}

/**
 * Turns the built index.html and its (single, unsplit) script and style sheet into one self-contained page:
 * module scripts from file:// cannot load other files, so everything must be inside the page. The CSP is
 * written last, with the sha256 of each inline element as it is finally emitted.
 */
export function singleFileHtml({ fileName, policy }: SingleFileOptions): Plugin {
  return {
    name: 'single-file-html',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['index.html'] as OutputAsset | undefined;
      if (!page || typeof page.source !== 'string')
        this.error('single-file-html: index.html is missing from the bundle');
      let html = page.source;
      const scripts: string[] = [];
      const styles: string[] = [];
      for (const [name, output] of Object.entries(bundle)) {
        if (name === 'index.html') continue;
        const tag = new RegExp(`<script type="module"[^>]*src="[^"]*${escapeRegExp(name)}"[^>]*></script>`);
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*${escapeRegExp(name)}"[^>]*>`);
        if (output.type === 'chunk' && tag.test(html)) {
          // With code splitting off, Vite leaves its preload marker in each former dynamic import; there is
          // nothing to preload in one file, so the marker becomes "no dependencies".
          const code = escapeScript((output as OutputChunk).code.replaceAll('__VITE_PRELOAD__', 'void 0'));
          scripts.push(code);
          html = html.replace(tag, () => `<script type="module">${code}</script>`);
        } else if (output.type === 'asset' && name.endsWith('.css') && link.test(html)) {
          const css = escapeStyle(String((output as OutputAsset).source));
          styles.push(css);
          html = html.replace(link, () => `<style>${css}</style>`);
        } else {
          this.error(
            `single-file-html: ${name} is not referenced by index.html, so it cannot be inlined (was the code split?)`,
          );
        }
        // Removing an output from the bundle object is how a Rollup/Rolldown plugin drops it; its key is a file name.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
        delete bundle[name];
      }
      const content = policy({ scripts: scripts.map(sha256), styles: styles.map(sha256) });
      html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
      html = html.replace(
        '<head>',
        () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${content}">`,
      );
      delete bundle['index.html'];
      this.emitFile({ type: 'asset', fileName, source: html });
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

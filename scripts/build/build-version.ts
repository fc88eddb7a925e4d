import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';

const randomId = () => `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;

/**
 * Names each build: the id is compiled into the page (import.meta.env.VITE_BUILD_ID) and written to
 * dist/version.json, which a running page fetches (no-store) on each refresh to see that dist/ was replaced.
 * BUILD_ID pins it (a release tag, or a test that needs two builds to differ).
 */
export const buildVersion = (id = process.env.BUILD_ID ?? randomId()): Plugin => ({
  name: 'build-version',
  apply: 'build',
  config: () => ({ define: { 'import.meta.env.VITE_BUILD_ID': JSON.stringify(id) } }),
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'version.json', source: `${JSON.stringify({ build: id })}\n` });
  },
});

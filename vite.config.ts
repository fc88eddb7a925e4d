/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/build/precompress.ts';
import { BASE_POLICY } from './src/config/content-security-policy.ts';
import { sourceAlias } from './scripts/source-alias.mjs';
import { chunkModulesPlugin } from './scripts/size-budget/chunk-modules-plugin.ts';
import { lazyChunkGroups } from './scripts/build/lazy-chunk-groups.ts';

/** Only the built page gets the policy: the dev server injects inline scripts for hot reload. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: BASE_POLICY }, injectTo: 'head-prepend' },
  ],
});

/**
 * The support policy (package.json "browserslist"): the JS syntax and Lightning CSS's lowering both follow it. One
 * exception: below Chromium 98 oxc rewrites every class with private fields into WeakMaps (+1.8 KiB gzip in the
 * first-paint chunk, over budget) to dodge a V8 bug with static fields named like read-only built-ins, which no
 * code here has; Chromium 89 runs the private fields natively, and tests/legacy proves it in a real Chromium 89.
 */
const CLASS_FIELDS_FLOOR = 98;
const SUPPORTED_BROWSERS = browserslistToEsbuild().map((target) => {
  const chromium = /^(chrome|edge)(\d+)$/.exec(target);
  return chromium && Number(chromium[2]) < CLASS_FIELDS_FLOOR ? `${chromium[1]}${CLASS_FIELDS_FLOOR}` : target;
});

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), precompress(), chunkModulesPlugin()],
  resolve: { alias: { ...sourceAlias, tldts: fileURLToPath(new URL('./mocks/stubs/tldts.ts', import.meta.url)) } },
  css: {
    // Tailwind 4 puts every utility in @layer (Chromium 99+); below that the whole sheet would be ignored. This
    // rewrites layers into plain rules with the same precedence; Lightning CSS (build.cssTarget) lowers the colours.
    postcss: { plugins: [cascadeLayers()] },
  },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  build: {
    target: SUPPORTED_BROWSERS,
    // Lightning CSS lowers for the real policy, down to Chromium 89 (oklch and color-mix to rgb, nesting).
    cssTarget: browserslistToEsbuild(),
    sourcemap: false,
    // dist/.vite/manifest.json: the size budget (npm run budget) reads the initial chunk graph from it.
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the first paint needs in one chunk: left alone, rolldown splits the modules that lazy
        // chunks share with the entry into several small chunks, and each costs a request and gzip overhead.
        codeSplitting: {
          groups: lazyChunkGroups,
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/setup-test-env.ts'],
    restoreMocks: true,
    // A cap for slow CI machines, not a timing assertion: the dashboard tests await many findBy queries.
    testTimeout: 20_000,
  },
});

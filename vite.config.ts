/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import cascadeLayers from '@csstools/postcss-cascade-layers';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { buildVersion } from './scripts/build/build-version.ts';
import { cspHashes } from './scripts/build/csp-hashes.ts';
import { BASE_POLICY, portablePolicy } from './src/config/content-security-policy.ts';
import { sourceAlias } from './scripts/source-alias.mjs';
import { chunkModulesPlugin } from './scripts/size-budget/chunk-modules-plugin.ts';
import { lazyChunkGroups } from './scripts/build/lazy-chunk-groups.ts';

/** `npm run build:portable` (`--mode portable`): the offline demo as this one HTML file, opened from file://. */
export const PORTABLE_OUT_DIR = 'dist-portable';
export const PORTABLE_FILE_NAME = 'shanxi-ict-dashboard.html';

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

/**
 * The served site gets its CSP meta, the .gz and .br files nginx sends as they are (vite-plugin-compression2: gzip 9,
 * brotli 11; only for built files, never for public/ ones: config.json is edited on the server and a stale .gz
 * would win) and the size budget's module list.
 */
const servedPlugins = () => [
  contentSecurityPolicy(),
  compression({ include: [/^assets\/.*\.(js|css|svg)$/, /^index\.html$/], threshold: 256, logLevel: 'silent' }),
  chunkModulesPlugin(),
  buildVersion(),
];

/**
 * The offline file: the same app in `--mode portable` (in-page mock transport, hash routes) as one unsplit chunk,
 * inlined by vite-plugin-singlefile; its policy allows that inline code by hash and connects nowhere.
 */
const portablePlugins = () => [
  viteSingleFile({ outputFileName: PORTABLE_FILE_NAME, removeViteModuleLoader: true }),
  cspHashes(portablePolicy),
];

/** The day the offline file shows in its header; SOURCE_DATE_EPOCH (seconds) pins it for a reproducible build. */
const buildDate = () =>
  new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now())
    .toISOString()
    .slice(0, 10);

export default defineConfig(({ mode }) => {
  const portable = mode === 'portable';
  return {
    base: portable ? './' : (process.env.BASE_PATH ?? '/'),
    publicDir: portable ? false : 'public',
    ...(portable ? { define: { 'import.meta.env.VITE_BUILD_DATE': JSON.stringify(buildDate()) } } : {}),
    plugins: [react(), tailwindcss(), ...(portable ? portablePlugins() : servedPlugins())],
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
      ...(portable
        ? { outDir: PORTABLE_OUT_DIR, emptyOutDir: true, manifest: false }
        : {
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
          }),
    },
    test: {
      // A cap for slow CI machines, not a timing assertion: the dashboard tests await many findBy queries.
      testTimeout: 20_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/setup/setup-test-env.ts'],
            restoreMocks: true,
          },
        },
        {
          extends: true,
          // The data service: store (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), import pipeline, HTTP.
          test: {
            name: 'server',
            include: ['tests/server/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/server-guards.ts'],
            // PGlite is PostgreSQL in WebAssembly, heavy to start and to hold: two instances at a time on a small machine.
            maxWorkers: 2,
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
        {
          extends: true,
          // The old-kernel browser checks, after `npm run build`: one server and one launch per browser.
          test: {
            name: 'legacy',
            include: ['tests/legacy/**/*.test.ts'],
            environment: 'node',
            fileParallelism: false,
            // A cap for a loaded 2-core machine (three pages per browser, software rendering), not a timing assertion.
            testTimeout: 180_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});

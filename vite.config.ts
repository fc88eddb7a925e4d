/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './scripts/build/precompress.ts';
import { BASE_POLICY } from './src/config/content-security-policy.ts';
import { sourceAlias } from './scripts/source-alias.mjs';

const SHELL =
  /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]|src[\\/](lib|components|app[\\/](provider|routes)|features[\\/]dashboard[\\/](dashboard|header|theme-switch|use-scroll-to-hash|area-section|area-nav)\.|widgets[\\/](indicators|permalink|source-credit)[\\/])/;
const LAZY_ONLY =
  /src[\\/](lib[\\/](csv|download|use-element-width|use-open-details-for-print|use-near-viewport|i18n[\\/]messages-en)|components[\\/]ui[\\/]error-alert|widgets[\\/]api-error[\\/]|widgets[\\/]indicators[\\/]unavailable-card)/;

/** Only the built page gets the policy: the dev server injects inline scripts for hot reload. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: BASE_POLICY }, injectTo: 'head-prepend' },
  ],
});

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), precompress()],
  resolve: { alias: { ...sourceAlias, tldts: fileURLToPath(new URL('./mocks/stubs/tldts.ts', import.meta.url)) } },
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the first paint needs in one chunk: left alone, rolldown splits the modules that lazy
        // chunks share with the entry into several small chunks, and each costs a request and gzip overhead.
        codeSplitting: { groups: [{ name: 'shell', test: (id: string) => SHELL.test(id) && !LAZY_ONLY.test(id) }] },
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

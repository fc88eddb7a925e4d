/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { BASE_POLICY } from './src/config/content-security-policy.ts';

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
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  preview: { port: 4173, strictPort: true, host: 'localhost' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/features/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/setup-test-env.ts'],
    restoreMocks: true,
    // A cap for slow CI machines, not a timing assertion: the dashboard tests await many findBy queries.
    testTimeout: 20_000,
  },
});

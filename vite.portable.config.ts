import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import baseConfig from './vite.config.ts';
import { singleFileHtml } from './scripts/single-file-html.ts';
import { portablePolicy } from './src/config/content-security-policy.ts';

export const PORTABLE_OUT_DIR = 'dist-portable';
export const PORTABLE_FILE_NAME = 'shanxi-ict-dashboard.html';

const served = baseConfig as UserConfig;
/** The day shown in the header; SOURCE_DATE_EPOCH (seconds) pins it for a reproducible build. */
const buildDate = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now())
  .toISOString()
  .slice(0, 10);
/**
 * Plugins for the served site only: its CSP meta, the .gz/.br files nginx serves and the size budget's module list
 * (the offline demo is one file, with its own policy).
 */
const SERVED_ONLY = ['content-security-policy', 'precompress', 'chunk-modules'];
const isServedOnly = (plugin: PluginOption) =>
  typeof plugin === 'object' && plugin !== null && 'name' in plugin && SERVED_ONLY.includes(plugin.name);

/**
 * `npm run build:portable`: the offline demo as one HTML file that opens from disk (file://). Same app code;
 * `--mode portable` switches main.tsx to the in-page mock transport and hash routes. Everything is one
 * chunk because an inline module script cannot import other files.
 */
export default defineConfig({
  ...served,
  mode: 'portable',
  base: './',
  publicDir: false,
  define: { ...served.define, 'import.meta.env.VITE_BUILD_DATE': JSON.stringify(buildDate) },
  plugins: [
    ...(served.plugins ?? []).filter((plugin) => !isServedOnly(plugin)),
    singleFileHtml({ fileName: PORTABLE_FILE_NAME, policy: portablePolicy }),
  ],
  build: {
    ...served.build,
    outDir: PORTABLE_OUT_DIR,
    emptyOutDir: true,
    // The size budget reads the served build's manifest; this build is one file and writes nothing beside it.
    manifest: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    cssCodeSplit: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

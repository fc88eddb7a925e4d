import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import compat from 'eslint-plugin-compat';
import staticApiSupport from './scripts/lint/static-api-support.js';
import textInCatalogue from './scripts/lint/text-in-catalogue.js';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { sourceAlias } from './scripts/source-alias.mjs';
import { readdirSync } from 'node:fs';

/**
 * Imports flow one way, low to high: config -> lib -> api -> domain -> components -> widgets -> features -> app.
 * lib/ is generic (it knows nothing of the API); domain/ is what the dashboard knows of its data: the catalogues,
 * formats of figures and series, refresh.
 * A file may import its own layer or a lower one, never a higher one; a feature never imports another feature
 * (what two features share moves down to widgets). Leaving one's folder goes through `@/`, so the rule can see it.
 * Only src/main.tsx and tests may import mocks/. See docs/architecture.md.
 */
const LAYERS = ['config', 'lib', 'api', 'domain', 'components', 'widgets', 'features', 'app'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const upward = {
  regex: '^\\.\\./',
  message: 'Leave your folder through the @/ alias, so the layer rules can check the import.',
};
const noMocks = { regex: '(^|/)mocks(/|$)', message: 'Only src/main.tsx and tests may import mocks.' };
const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [upward, ...patterns] }] },
});
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);
const notAbove = (layer) => ({
  regex: `^@/(${above(layer).join('|')})/`,
  message: `Imports flow one way (${LAYERS.join(' -> ')}): ${layer} cannot import a higher layer.`,
});

function layerRules() {
  return [
    restrict(['src/*.{ts,tsx}'], []),
    ...LAYERS.filter((layer) => layer !== 'app' && layer !== 'features').map((layer) =>
      restrict([`src/${layer}/**/*.{ts,tsx}`], [noMocks, notAbove(layer)]),
    ),
    ...FEATURES.map((feature) =>
      restrict(
        [`src/features/${feature}/**/*.{ts,tsx}`],
        [
          noMocks,
          notAbove('features'),
          {
            regex: `^@/features/(?!${feature}/)`,
            message: 'A feature never imports another feature: move what both need to src/widgets.',
          },
        ],
      ),
    ),
    restrict(['src/app/**/*.{ts,tsx}'], [noMocks]),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
      'dist-portable',
      '.nginx',
      'scripts/.*',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // What runs in the browser may only call APIs the package.json "browserslist" (the support policy) has.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'public/**/*.js'],
    ignores: ['mocks/server/**', 'mocks/node.ts'],
    ...compat.configs['flat/recommended'],
    // `Highlight` here is the article's non-numeric achievement (src/api/schemas.ts), not the CSS Highlight API.
    settings: { polyfills: ['Highlight'] },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'public/**/*.js'],
    ignores: ['mocks/server/**', 'mocks/node.ts'],
    plugins: { policy: { rules: { 'static-api-support': staticApiSupport } } },
    rules: { 'policy/static-api-support': 'error' },
  },
  {
    // The words a reader sees have one home each, the catalogues (src/domain/i18n, a feature's own *-messages.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/i18n/**', 'src/**/*-messages.ts'],
    plugins: { catalogue: { rules: { 'text-in-catalogue': textInCatalogue } } },
    rules: { 'catalogue/text-in-catalogue': 'error' },
  },
  {
    // No import cycle anywhere: a cycle hides which module is the lower one and breaks chunking and mocking.
    // Resolved like Vite resolves: the `@/` alias from scripts/source-alias.mjs, TypeScript before JavaScript.
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/ignore': ['node_modules'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          alias: { '@': [sourceAlias['@']] },
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...layerRules(),
);

import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import staticApiSupport from './scripts/lint/static-api-support.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
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
    // One-way flow: the app never imports mocks (only main.tsx starts the worker), features never import app.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/mocks/**', '**/mocks'], message: 'Only src/main.tsx and tests may import mocks.' }],
        },
      ],
    },
  },
  {
    files: [
      'src/features/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
      'src/api/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/mocks/**', '**/mocks'], message: 'Only src/main.tsx and tests may import mocks.' },
            {
              group: ['**/app/**', '../app', '../../app'],
              message: 'Imports flow one way: shared -> features -> app.',
            },
          ],
        },
      ],
    },
  },
);

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
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

// Lint, including the layer rules that keep the core testable without Electron (STYLE.md §1):
// shared/ is pure, renderer/ talks to main only through the contract, electron/core never
// imports electron, and migrations never import app code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platform = (message) => [
  { group: ['electron', 'electron/*'], message },
  { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util'], message },
  { group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'kysely'], message },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.native/**', 'test-results/**', 'playwright-report/**', 'test/bench/.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: 'CallExpression[callee.property.name="only"][callee.object.name=/^(it|test|describe)$/]', message: 'A focused test skips the rest of the suite.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...platform('shared/ is pure TypeScript: no Electron, Node or database imports.'),
          { group: ['react', 'react-*', 'react/*'], message: 'shared/ must not depend on the UI.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from main or the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          ...platform('The renderer is sandboxed: reach main through window.palpate.invoke only.'),
          { group: ['**/electron/**', '!**/node_modules/**'], message: 'renderer/ never imports from electron/: use the contract in shared/.' },
        ],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'electron/core runs in plain Node: it must never import electron.' },
          { group: ['**/renderer/**'], message: 'The core does not know the UI.' },
        ],
      }],
    },
  },
  {
    files: ['migrations/**/*.ts'],
    rules: {
      // Migrations are typed Kysely<any> on purpose: they must not depend on today's schema types.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/electron/**', '**/shared/**', '**/renderer/**'], message: 'Migrations are frozen: they must not import app code that can change.' }],
      }],
    },
  },
  {
    files: ['test/**/*.{ts,mjs}', '*.config.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-empty-pattern': 'off' },
  },
);

// ESLint flat config. Non-type-checked recommended rules only: type-aware linting is too slow on
// the 2-core machines, and `tsc --noEmit` (part of `npm run lint`) already checks the types.
import fs from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import shebao from './scripts/eslint-plugin-shebao.js';

/** What breaks a layout rule today and is mended later: the list only shrinks (test/lint-rules.test.ts). */
const allowlist = JSON.parse(fs.readFileSync(new URL('./scripts/lint-allowlist.json', import.meta.url), 'utf8'));

/** Folders whose code is linted; root and web/ tool configs are linted too. */
const sourceDirs = ['src', 'test', 'bench', 'web/src', 'scripts', 'bin'];
const tsFiles = [...sourceDirs.map((dir) => `${dir}/**/*.{ts,tsx,mts,cts}`), '*.config.ts', 'web/*.config.ts'];
const jsFiles = [...sourceDirs.map((dir) => `${dir}/**/*.{js,mjs,cjs}`), '*.config.{js,mjs,cjs}', 'web/*.config.js'];

/** Node.js globals for plain JavaScript files (TypeScript files get `no-undef` off: tsc checks names). */
const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'globalThis',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

/** Unused names are errors unless they start with `_` (deliberately unused parameters and the like). */
const unusedVarsOptions = {
  args: 'after-used',
  argsIgnorePattern: '^_',
  varsIgnorePattern: '^_',
  caughtErrorsIgnorePattern: '^_',
  destructuredArrayIgnorePattern: '^_',
  ignoreRestSiblings: true,
};

/**
 * "Today" and "this year" are China's (UTC+8) and come from the kernel (`today`, `thisYear`,
 * `dateOfInstant` with a Clock): the UTC and device-local shortcuts give the wrong day from 00:00
 * to 08:00 China time, and the wrong year on 1 January. Only the kernel may take a Date apart.
 */
const chinaTimeRule = [
  'error',
  {
    selector: 'CallExpression[callee.property.name=/^get(UTC)?(FullYear|Month|Date|Day|Hours|Minutes|Seconds)$/]',
    message: 'Take days and years from the kernel in China time (today, thisYear, dateOfInstant), not from a Date.',
  },
  {
    selector: "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
    message: 'toISOString() is UTC: take the China day from the kernel (today, dateOfInstant).',
  },
];

/**
 * What web/src may import. The browser takes money, periods and dates from the kernel file by
 * file (the kernel's index.ts and sm-crypto.ts pull in node:crypto) and nothing else of the
 * server; the self-service hall (public/) and the staff pages (staff/) do not import each other:
 * what both use lives in shared/ or ui/, which import neither.
 */
function webImports(forbiddenAreas) {
  const patterns = [
    {
      regex: '(^|/)src/kernel/(index|sm-crypto)\\.ts$',
      message: 'Import the kernel file you need (cents.ts, period.ts …): index.ts and sm-crypto.ts need Node.',
    },
    {
      regex: '^(\\.\\./)+src/(?!kernel/)',
      message: 'The browser takes only the kernel from src/; the server code stays on the server.',
    },
    ...forbiddenAreas.map((area) => ({
      regex: `(^|/)${area}/`,
      message: `Code used by both the hall and the staff pages lives in web/src/shared (or ui/), not in ${area}/.`,
    })),
  ];
  return ['error', { patterns }];
}

export default defineConfig([
  // Generated files (`npm run api:generate`) are held to their generator by `npm run api:check`.
  globalIgnores(['**/node_modules/', 'web/dist/', 'coverage/', 'data/', '.tmp/', 'web/src/**/*.gen.ts']),
  {
    files: [...jsFiles, ...tsFiles],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: nodeGlobals,
    },
    rules: {
      'no-console': 'off',
      'no-unused-vars': ['error', unusedVarsOptions],
    },
  },
  {
    files: tsFiles,
    extends: [tseslint.configs.recommended],
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', unusedVarsOptions],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'web/src/**/*.{ts,tsx}', 'bench/**/*.ts'],
    ignores: ['src/kernel/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': chinaTimeRule },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': webImports([]) },
  },
  { files: ['web/src/public/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': webImports(['staff']) } },
  { files: ['web/src/staff/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': webImports(['public']) } },
  {
    files: ['web/src/{shared,ui,api,i18n,queue}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': webImports(['staff', 'public']) },
  },
  {
    // The layout of src/: module boundaries, thin route files, short functions, comments that stay true.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { shebao },
    rules: {
      'shebao/module-boundary': 'error',
      'shebao/no-sql-in-routes': ['error', { allow: allowlist['no-sql-in-routes'] }],
      'shebao/no-plan-comments': ['error', { allow: allowlist['no-plan-comments'] }],
      'shebao/no-foreign-tables': ['error', { allow: allowlist['no-foreign-tables'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: { 'shebao/max-function-lines': ['error', { max: 80, allow: allowlist['max-function-lines'] }] },
  },
]);

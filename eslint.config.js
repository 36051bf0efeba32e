// ESLint flat config. Non-type-checked recommended rules only: type-aware linting is too slow on
// the 2-core machines, and `tsc --noEmit` (part of `npm run lint`) already checks the types.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

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

export default defineConfig([
  globalIgnores(['**/node_modules/', 'web/dist/', 'coverage/', 'data/', '.tmp/']),
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
]);

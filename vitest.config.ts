import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Four projects: pure unit tests, database tests (PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is set), browser tests (real Chromium; skipped loudly when missing), and the
// wall-clock limits (`*.timing.test.ts`), run last and alone.
export default defineConfig({
  test: {
    // Vitest leaves one CPU to its main process, which is one worker on a 2-CPU machine (CI). The
    // main process is nearly idle here while the database tests keep a worker's CPU busy: use two.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.browser.test.ts', '**/*.timing.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          // Migrates (and seeds) once per run; each test database is a clone (test/support/db.ts).
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/chain-key.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/browser/global-setup.ts', 'test/support/global-setup.ts'],
          setupFiles: ['test/support/chain-key.setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // After the unit and database tests, alone: Chromium must not share the CPUs with them.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // Wall-clock limits: last and one file at a time, when no other test is using the CPUs.
          name: 'timing',
          include: ['src/**/*.timing.test.ts', 'test/**/*.timing.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/kernel/**/*.ts'],
      exclude: ['src/kernel/**/*.test.ts', 'src/kernel/index.ts'],
      thresholds: { lines: 100, functions: 100, branches: 100, statements: 100 },
    },
  },
});

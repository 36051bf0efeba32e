import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests, database tests (PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is set), and browser tests (real Chromium; skipped loudly when missing).
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
          exclude: ['**/*.db.test.ts', '**/*.browser.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          // Migrates (and seeds) once per run; each test database is a clone (test/support/db.ts).
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/browser/global-setup.ts', 'test/support/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // After the unit and database tests, alone: Chromium must not share the CPUs with them.
          sequence: { groupOrder: 1 },
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

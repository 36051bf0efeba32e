/** An application context over a fresh test database, with a manual clock and fixed keys. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import type { AppContext } from '../../src/app-context.ts';
import { manualClock, type ManualClock } from '../../src/kernel/clock.ts';
import { deriveDataKeys } from '../../src/kernel/sm-crypto.ts';
import { outboxOnlyProvider } from '../../src/modules/outbox/index.ts';
import { fsBlobStore } from '../../src/modules/archive/index.ts';
import { freshDatabase, type TestDatabase } from './db.ts';

export interface TestContext {
  readonly ctx: AppContext;
  readonly clock: ManualClock;
  readonly database: TestDatabase;
  /** Root of this context's archive store (`ctx.blobs`). */
  readonly blobDir: string;
  dispose(): Promise<void>;
}

export const TEST_START = new Date('2026-03-02T01:00:00Z');

export async function testContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const database = await freshDatabase();
  // A temporary archive directory per context (files are read-only; rm -r removes them all the same).
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-archive-'));
  const clock = manualClock(TEST_START);
  const config: Config = { ...loadConfig({}), demo: false, loginRateLimitPerMinute: 10_000, ...overrides };
  const ctx: AppContext = {
    db: database.db,
    clock,
    keys: deriveDataKeys(Buffer.alloc(32, 42)),
    config,
    messages: outboxOnlyProvider,
    blobs: fsBlobStore(blobDir),
  };
  const dispose = async () => {
    await database.dispose();
    fs.rmSync(blobDir, { recursive: true, force: true });
  };
  return { ctx, clock, database, blobDir, dispose };
}

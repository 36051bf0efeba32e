/** An application context over a fresh test database, with a manual clock and fixed keys (keys.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.ts';
import type { AppContext } from '../../src/app-context.ts';
import { manualClock, type ManualClock } from '../../src/kernel/clock.ts';
import { outboxOnlyProviders } from '../../src/modules/outbox/index.ts';
import { fsBlobStore } from '../../src/modules/archive/index.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { freshDatabase, providedImages, type TestDatabase } from './db.ts';
import { testKeys } from './keys.ts';

export interface TestContext {
  readonly ctx: AppContext;
  readonly clock: ManualClock;
  readonly database: TestDatabase;
  /** Root of this context's archive store (`ctx.blobs`). */
  readonly blobDir: string;
  dispose(): Promise<void>;
}

export const TEST_START = new Date('2026-03-02T01:00:00Z');

/** The config of a test context: the defaults, not in demo mode, with a high login rate limit. */
function testConfig(overrides: Partial<Config>): Config {
  return { ...loadConfig({}), demo: false, loginRateLimitPerMinute: 10_000, ...overrides };
}

/**
 * The part of a config the demo seed can observe, as the image records it: settings only the HTTP
 * layer reads (proxy trust, login rate, cookies, session length, logging, address) leave it out, so
 * a test app that changes one of them still clones the seeded image instead of seeding again.
 */
export function seedView(config: Config): string {
  const seen: Partial<Config> = { ...config };
  for (const key of HTTP_ONLY) delete seen[key];
  return JSON.stringify(seen);
}

const HTTP_ONLY = [
  'trustProxy',
  'loginRateLimitPerMinute',
  'cookieSecure',
  'sessionHours',
  'logLevel',
  'port',
  'host',
] as const satisfies readonly (keyof Config)[];

/** A test context over `database` (disposed with it). */
export function contextOver(database: TestDatabase, overrides: Partial<Config> = {}): TestContext {
  // A temporary archive directory per context (files are read-only; rm -r removes them all the same).
  const blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-archive-'));
  const clock = manualClock(TEST_START);
  const ctx: AppContext = {
    db: database.db,
    clock,
    keys: testKeys,
    config: testConfig(overrides),
    messages: outboxOnlyProviders,
    blobs: fsBlobStore(blobDir),
  };
  const dispose = async () => {
    await database.dispose();
    fs.rmSync(blobDir, { recursive: true, force: true });
  };
  return { ctx, clock, database, blobDir, dispose };
}

/**
 * A test context over a fresh database. With `seedDemo`, the database holds the demo data as
 * `seedDemo` leaves it at TEST_START: a clone of the run's seeded image when the config is the one
 * it was seeded with (as far as the seed can see, `seedView`), else seeded here.
 */
export async function testContext(
  overrides: Partial<Config> = {},
  options: { seedDemo?: boolean } = {},
): Promise<TestContext> {
  const seeded = options.seedDemo === true && providedImages()?.demoConfig === seedView(testConfig(overrides));
  const context = contextOver(await freshDatabase(seeded ? 'demo' : 'migrated'), overrides);
  if (options.seedDemo && !seeded) await seedDemo(context.ctx);
  return context;
}

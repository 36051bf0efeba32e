/**
 * Vitest globalSetup of the db and browser projects: builds this run's database images once
 * (test/support/db-images.ts) and provides them to the workers; removes them at teardown. Both
 * projects run in the one vitest process and share the images.
 */
import type { TestProject } from 'vitest/node';
import { installChainKey } from '../../src/modules/audit/index.ts';
import { buildImages } from './db-images.ts';
import type { DbImages } from './db.ts';
import { testKeys } from './keys.ts';

interface Shared {
  built: Promise<{ images: DbImages; dispose(): Promise<void> }>;
  users: number;
}

const key = Symbol.for('shebao.test.dbImages');
const registry = globalThis as { [key]?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The demo image is seeded here, in vitest's own process: its chains are keyed as the tests' are.
  installChainKey(testKeys);
  const shared = (registry[key] ??= { built: buildImages(), users: 0 });
  shared.users += 1;
  const started = Date.now();
  const { images } = await shared.built;
  if (shared.users === 1) console.log(`database images (${images.driver}) ready in ${Date.now() - started} ms`);
  project.provide('shebaoDbImages', images);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[key];
    await (await shared.built).dispose();
  };
}

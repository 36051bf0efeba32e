/**
 * Vitest globalSetup of the browser project: without Debian's Chromium the browser tests skip,
 * loudly; with it, web/dist is (re)built when its content hash is stale so the tests drive the
 * current UI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the browser tests cannot run here, or null when they can. */
    browserSkipReason: string | null;
  }
}

export default function setup(project: TestProject): void {
  if (!existsSync(chromiumPath)) {
    const reason = `${chromiumPath} not found`;
    console.warn(`BROWSER TESTS SKIPPED: ${reason}`);
    process.env.SHEBAO_BROWSER_SKIP = reason;
    project.provide('browserSkipReason', reason);
    return;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/ensure-web-build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`ensure-web-build failed with exit code ${build.status}`);
  project.provide('browserSkipReason', null);
}

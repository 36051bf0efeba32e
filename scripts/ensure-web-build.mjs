#!/usr/bin/env node
// Builds web/dist with Vite when it is missing or stale. Staleness is judged by a hash of the
// CONTENT of web/ (dist excluded) and package-lock.json, because mtimes mean nothing after a
// git clone. The hash of the last good build is kept in web/dist/.build-hash. This script is part
// of the hash too, so a change to how the app is built also rebuilds it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'web');
const distDir = path.join(webDir, 'dist');
const hashFile = path.join(distDir, '.build-hash');
const skipped = new Set(['dist', 'node_modules', '.vite']);

/** Every file under dir (relative, '/'-separated, sorted) except build output and caches. */
function listFiles(dir, prefix = '') {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : listFiles(path.join(dir, entry.name), rel);
    return entry.isFile() ? [rel] : [];
  });
}

function sourceHash() {
  const hash = createHash('sha256');
  const add = (name, file) => {
    hash.update(`${name}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  };
  for (const rel of listFiles(webDir)) add(`web/${rel}`, path.join(webDir, rel));
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) add('package-lock.json', lock);
  add('scripts/ensure-web-build.mjs', fileURLToPath(import.meta.url));
  return hash.digest('hex');
}

function builtHash() {
  if (!existsSync(path.join(distDir, 'index.html'))) return null;
  try {
    return readFileSync(hashFile, 'utf8').trim();
  } catch {
    return null;
  }
}

async function main() {
  const wanted = sourceHash();
  if (builtHash() === wanted) {
    console.log(`web: up to date (web/dist, ${wanted.slice(0, 12)})`);
    return;
  }
  // Always a production build, even when started from a test runner that sets NODE_ENV=test
  // (React's development build would otherwise be bundled).
  process.env.NODE_ENV = 'production';
  let build;
  try {
    ({ build } = await import('vite'));
  } catch {
    if (existsSync(path.join(distDir, 'index.html'))) {
      console.log(
        'web: web/dist is stale but Vite is not installed (npm ci without dev dependencies?); serving it as is',
      );
      return;
    }
    console.error('web: web/dist is missing and Vite is not installed; run `npm ci` first');
    process.exit(1);
  }
  const started = Date.now();
  await build({ configFile: path.join(webDir, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(hashFile, `${wanted}\n`);
  console.log(`web: built web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s (${wanted.slice(0, 12)})`);
}

await main();

/**
 * The browser imports kernel files directly (money, periods, dates): each of them, and every file
 * they import in turn, must run in a browser — no `node:` module, no package — or the build
 * would ship a stub where the kernel's rule should be.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const webSrc = path.resolve('web/src');
const specifier = /(?:from|import)\s*\(?\s*'([^']+)'/g;

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(specifier)].map((m) => m[1]!);
}

/** Every kernel file the web app reaches, with what each of them imports. */
function kernelClosure(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = sourcesUnder(webSrc).flatMap((file) =>
    importsOf(file)
      .filter((s) => s.includes('/src/kernel/'))
      .map((s) => path.resolve(path.dirname(file), s)),
  );
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    const imports = importsOf(file);
    seen.set(file, imports);
    queue.push(...imports.filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s)));
  }
  return seen;
}

describe('the kernel files the browser imports', () => {
  it('import only other kernel files, never node: or a package', () => {
    const closure = kernelClosure();
    expect([...closure.keys()].map((f) => path.basename(f))).toEqual(expect.arrayContaining(['cents.ts', 'period.ts']));
    const outside = [...closure].flatMap(([file, imports]) =>
      imports.filter((s) => !s.startsWith('./')).map((s) => `${path.basename(file)} → ${s}`),
    );
    expect(outside).toEqual([]);
  });
});

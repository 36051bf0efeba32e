/**
 * Every entry point loads (issue 14): each bench, CLI command module and job is imported first
 * thing in a process of its own, as `npm run bench`, `shebao <command>` or a scheduler would load
 * it. An import cycle is harmless or fatal depending on which of its modules is entered first (the
 * payroll API's cycle auth → registration → cases → … → http/access crashed `sla-sweep` with
 * "Cannot access 'CASE_NUMBER_PATTERN' before initialization" and nothing else), so one process
 * importing them one after another would hide it: each gets a fresh module graph.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Two at a time: the machines have two cores. */
const PARALLEL = 2;
const IMPORT_TIMEOUT_MS = 120_000;

const isSource = (name: string) => name.endsWith('.ts') && !name.endsWith('.test.ts');

function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  return fs
    .readdirSync(path.join(root, dir))
    .filter(keep)
    .map((name) => `${dir}/${name}`);
}

/**
 * Benches (and their runner), CLI command modules, jobs, and the modules' own `*.cli.ts`.
 * `src/cli/main.ts` parses the command line when imported: it is loaded through the binary below.
 */
function entryPoints(): string[] {
  const moduleClis = fs
    .readdirSync(path.join(root, 'src/modules'))
    .flatMap((module) => filesIn(`src/modules/${module}`, (name) => name.endsWith('.cli.ts')));
  return [
    ...filesIn('bench', isSource),
    ...filesIn('src/cli', (name) => isSource(name) && name !== 'main.ts'),
    ...filesIn('src/jobs', isSource),
    ...moduleClis,
  ].sort();
}

interface Run {
  readonly code: number | null;
  readonly output: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, timeout: IMPORT_TIMEOUT_MS });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: Buffer.concat(output).toString('utf8') }));
  });
}

/** Imports one file first thing in a fresh Node process (TypeScript through tsx, as the binary does). */
function importAlone(file: string): Promise<Run> {
  const url = pathToFileURL(path.join(root, file)).href;
  return run(['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(url)});`]);
}

/** Runs `work` over `items`, at most `limit` at a time; results in the items' order. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

describe('entry points', () => {
  it('finds the benches, the CLI command modules and the jobs', () => {
    const found = entryPoints();
    expect(found).toEqual(
      expect.arrayContaining([
        'bench/run.ts',
        'bench/sla-sweep.bench.ts',
        'bench/month-close.bench.ts',
        'src/cli/serve.ts',
        'src/jobs/sla-sweep.ts',
        'src/jobs/sla-sweep-cli.ts',
        'src/cli/holidays.ts',
      ]),
    );
  });

  it('each loads in a fresh process, and the binary loads every command', { timeout: 600_000 }, async () => {
    const files = entryPoints();
    const runs = await pooled([...files, 'bin/shebao.mjs --help'], PARALLEL, (entry) =>
      entry === 'bin/shebao.mjs --help' ? run(['bin/shebao.mjs', '--help']) : importAlone(entry),
    );
    const failed = runs.flatMap((r, i) =>
      r.code === 0 ? [] : [`${files[i] ?? 'bin/shebao.mjs --help'} (exit ${r.code}):\n${r.output.slice(0, 2_000)}`],
    );
    expect(failed, failed.join('\n\n')).toEqual([]);
    expect(runs.at(-1)!.output).toContain('Usage: shebao');
  });
});

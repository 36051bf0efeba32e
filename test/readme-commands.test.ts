/**
 * The README's command table and bench/README.md are the help a user reads first: every command the
 * CLI registers (each subcommand of a group too) has its row, and every benchmark its row.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { benchmarkNames } from '../bench/run.ts';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

/** The command names of a `--help` page: the first word of each line under "Commands:". */
function commandsOf(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
}

async function helpOf(...words: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(root, 'bin/shebao.mjs'), ...words, '--help']);
  return stdout;
}

/** Every leaf command as its words, e.g. `calc late-fee`, `serve`. */
async function leafCommands(): Promise<string[]> {
  const top = commandsOf(await helpOf());
  const nested = await Promise.all(
    top.map(async (name) => {
      const subs = commandsOf(await helpOf(name));
      return subs.length === 0 ? [name] : subs.map((sub) => `${name} ${sub}`);
    }),
  );
  return nested.flat();
}

/** The first cells of the table under the README's "## Command line" heading. */
async function readmeCommandCells(): Promise<string[]> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const section = readme.split('## Command line')[1]!.split(/^## /m)[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|')[1]!);
}

describe('the help a user reads', () => {
  it('the README command table has a row for every command the CLI registers', async () => {
    const [commands, cells] = await Promise.all([leafCommands(), readmeCommandCells()]);
    expect(commands).toContain('calc late-fee');
    expect(commands).toContain('verify-archive');
    const missing = commands.filter((command) => !cells.some((cell) => cell.includes(`\`${command}`)));
    expect(missing).toEqual([]);
  }, 60_000);

  it('bench/README.md has a row for every registered benchmark', async () => {
    const text = await readFile(path.join(root, 'bench/README.md'), 'utf8');
    expect(benchmarkNames.length).toBeGreaterThan(0);
    expect(benchmarkNames.filter((name) => !text.includes(`| \`${name}\``))).toEqual([]);
  });

  it('the README no longer says collection comes next', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/collection[^.\n]*come[s]? next/i);
  });
});

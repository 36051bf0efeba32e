/**
 * The identifier checks through the real `shebao` binary: process start, stdin, stdout and the
 * exit code, and the time limit of 2 s for 10,000 lines including the start of the process.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, parseCalendarDate, toEpochDay } from '../src/kernel/calendar-date.ts';
import { citizenIdCheckCharacter } from '../src/kernel/citizen-id.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const lineCount = 10_000;
const timeLimitMs = 2000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

function shebao(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['bin/shebao.mjs', ...args], { cwd: root });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        elapsedMs: performance.now() - started,
      }),
    );
    child.stdin.end(stdin);
  });
}

/** 10,000 distinct valid IDs: births spread over 1950–2004, sequence numbers 000–999. */
function generatedIds(): string[] {
  const first = toEpochDay(parseCalendarDate('1950-01-01'));
  return Array.from({ length: lineCount }, (_, i) => {
    const birth = addDays(fromEpochDay(first), (i * 7) % 20_000).replaceAll('-', '');
    const body = `${['110105', '310115', '440305', '510107'][i % 4]}${birth}${String(i % 1000).padStart(3, '0')}`;
    return body + citizenIdCheckCharacter(body);
  });
}

describe('shebao check-id / check-uscc', { timeout: 15_000 }, () => {
  // Wall-clock limits are at the mercy of other processes on a shared 2-core machine: retry before
  // failing, so only a run that is slow every time (a real regression) fails the suite.
  it(
    `checks ${lineCount} IDs from stdin in under ${timeLimitMs} ms, process start included`,
    { retry: 2 },
    async () => {
      const ids = generatedIds();
      const run = await shebao(['check-id', '-'], `${ids.join('\n')}\n`);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(lineCount);
      const reports = lines.map((line) => JSON.parse(line) as { value: string; valid: boolean });
      expect(reports.every((report, i) => report.valid && report.value === ids[i])).toBe(true);
      expect(run.elapsedMs).toBeLessThan(timeLimitMs);
    },
  );

  it('exits 1 when one line of many is invalid, keeping lines aligned', async () => {
    const ids = generatedIds().slice(0, 100);
    ids[41] = '';
    ids[42] = '110105194912310021';
    const run = await shebao(['check-id', '-'], ids.join('\n'));
    expect(run.code).toBe(1);
    const reports = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { reason: string | null });
    expect(reports).toHaveLength(100);
    expect(reports[41]?.reason).toBe('wrong_length');
    expect(reports[42]?.reason).toBe('bad_checksum');
    expect(reports.filter((report) => report.reason !== null)).toHaveLength(2);
  });

  it.each([
    [['check-id', '11010519491231002X'], 0, '"birthDate":"1949-12-31","gender":"female","division":"110105"'],
    [['check-id', '11010519491231002A'], 1, '"reason":"bad_characters"'],
    [['check-uscc', '91110000600037341L'], 0, '"normalized":"91110000600037341L"'],
    [['check-uscc', '91110000600037341M'], 1, '"reason":"bad_checksum"'],
  ])('shebao %j exits %i', async (args, code, fragment) => {
    const run = await shebao(args);
    expect(run.code).toBe(code);
    expect(run.stdout).toContain(fragment);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});

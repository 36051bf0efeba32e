/**
 * Runs the real `shebao` binary in a child process: its stdout, stderr, exit code and the wall-clock
 * time from spawn to close (process start included).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addDays, fromEpochDay, parseCalendarDate, toEpochDay } from '../../src/kernel/calendar-date.ts';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

export function shebaoCli(args: string[], stdin = ''): Promise<CliRun> {
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

/** `count` distinct valid citizen IDs: births spread over 1950–2004, sequence numbers 000–999. */
export function generatedCitizenIds(count: number): string[] {
  const first = toEpochDay(parseCalendarDate('1950-01-01'));
  return Array.from({ length: count }, (_, i) => {
    const birth = addDays(fromEpochDay(first), (i * 7) % 20_000).replaceAll('-', '');
    const body = `${['110105', '310115', '440305', '510107'][i % 4]}${birth}${String(i % 1000).padStart(3, '0')}`;
    return body + citizenIdCheckCharacter(body);
  });
}

/**
 * The time limit of the identifier check: 10,000 lines in under 2 s, start of the process included.
 * A `*.timing.test.ts` file runs in the `timing` project, after every other test and alone, so the
 * wall clock measures the command rather than the test workers beside it.
 */
import { describe, expect, it } from 'vitest';
import { generatedCitizenIds, shebaoCli } from './support/cli.ts';

const lineCount = 10_000;
const timeLimitMs = 2000;

describe('shebao check-id speed', { timeout: 15_000 }, () => {
  // Retry before failing, so only a run that is slow every time (a real regression) fails the suite.
  it(
    `checks ${lineCount} IDs from stdin in under ${timeLimitMs} ms, process start included`,
    { retry: 2 },
    async () => {
      const ids = generatedCitizenIds(lineCount);
      const run = await shebaoCli(['check-id', '-'], `${ids.join('\n')}\n`);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(lineCount);
      const reports = lines.map((line) => JSON.parse(line) as { value: string; valid: boolean });
      expect(reports.every((report, i) => report.valid && report.value === ids[i])).toBe(true);
      expect(run.elapsedMs).toBeLessThan(timeLimitMs);
    },
  );
});

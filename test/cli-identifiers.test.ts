/**
 * The identifier checks through the real `shebao` binary: process start, stdin, stdout and the
 * exit code. The time limit for 10,000 lines is in cli-identifiers.timing.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generatedCitizenIds, shebaoCli as shebao } from './support/cli.ts';

describe('shebao check-id / check-uscc', { timeout: 15_000 }, () => {
  it('exits 1 when one line of many is invalid, keeping lines aligned', async () => {
    const ids = generatedCitizenIds(100);
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

/**
 * The house rules that lint enforces, each tried on a planted violation: a rule that stopped
 * matching would otherwise pass silently.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('China time comes from the kernel', () => {
  it.each([
    ['src/modules/x/x.service.ts', 'export const year = new Date().getUTCFullYear();\n'],
    ['src/modules/x/x.service.ts', 'export const day = new Date().toISOString().slice(0, 10);\n'],
    ['web/src/staff/x/Page.tsx', 'export const month = new Date().getMonth();\n'],
    ['bench/x.bench.ts', 'export const hour = new Date().getHours();\n'],
  ])(
    'refuses a Date shortcut in %s',
    async (filePath, code) => {
      expect(await rulesHit(filePath, code)).toContain('no-restricted-syntax');
    },
    30_000,
  );

  it('lets the kernel take a Date apart', async () => {
    expect(await rulesHit('src/kernel/x.ts', 'export const year = new Date().getUTCFullYear();\n')).toEqual([]);
  }, 30_000);
});

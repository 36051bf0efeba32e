import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPersons, OPENED, REGION } from '../../test/fixtures/ledger/journal.ts';
import { writeTestMasterKey } from '../../test/support/keys.ts';
import { loadConfig } from '../config.ts';
import type { CalendarDate } from '../kernel/calendar-date.ts';
import { centsFromInteger } from '../kernel/cents.ts';
import { manualClock } from '../kernel/clock.ts';
import type { Period } from '../kernel/period.ts';
import { ensureChart } from '../modules/ledger/index.ts';
import { postContributions } from '../modules/ledger/rights/ledger.rights.ts';
import { openSystem } from '../system.ts';

const run = promisify(execFile);
let dataDir: string;
let outDir: string;

/** `shebao statements …` against the temporary data directory: exit code, stdout, stderr. */
async function shebao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SHEBAO_DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/shebao.mjs', 'statements', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-statements-cli-'));
  writeTestMasterKey(dataDir);
  outDir = path.join(dataDir, 'out');
  const system = await openSystem({ ...loadConfig({}), dataDir, databaseUrl: undefined });
  try {
    const db = system.ctx.db;
    const persons = await insertPersons(db, 3);
    const clock = manualClock(new Date('2026-03-02T01:00:00Z'));
    await db.transaction().execute(async (trx) => {
      await ensureChart(trx, REGION, OPENED);
      await postContributions(
        trx,
        clock,
        persons.map((personId) => ({
          personId,
          employerId: null,
          scheme: 'pension' as const,
          period: '202405' as Period,
          region: REGION,
          base: centsFromInteger(400_000),
          employerAmount: centsFromInteger(64_000),
          employeeAmount: centsFromInteger(32_000),
          accountCredit: centsFromInteger(32_000),
          paidOn: '2024-05-20' as CalendarDate,
          status: 'paid' as const,
          source: 'import',
          sourceRef: 'cli',
        })),
      );
    });
  } finally {
    await system.close();
  }
}, 120_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('shebao statements', () => {
  it('issues the year’s statements with their PDFs, and a rerun issues and writes nothing again', async () => {
    const first = await shebao('--year', '2024', '--out', outDir);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      year: 2024,
      runs: [{ region: REGION, status: 'completed', persons: 3 }],
      written: 3,
    });
    const files = fs.readdirSync(outDir).sort();
    expect(files).toHaveLength(3);
    expect(files.every((f) => /^S2024\d{8}\.pdf$/.test(f))).toBe(true);
    expect(fs.readFileSync(path.join(outDir, files[0]!)).subarray(0, 5).toString()).toBe('%PDF-');
    const again = await shebao('--year', '2024', '--region', REGION, '--out', outDir);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ runs: [{ status: 'completed', persons: 3 }], written: 0 });
    expect(fs.readdirSync(outDir)).toHaveLength(3);
  }, 240_000);

  it('refuses bad options and a year that has not ended', async () => {
    expect((await shebao('--year', '2024', '--region', '33')).code).toBe(1);
    const running = await shebao('--year', '2999', '--region', REGION);
    expect(running.code).toBe(1);
    expect(JSON.parse(running.stdout)).toMatchObject({ status: 'refused', code: 'statement_year_not_closed' });
  }, 240_000);
});
